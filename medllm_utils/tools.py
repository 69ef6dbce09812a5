"""Letting a model use the clinical calculators (chapter 3): the tool-calling loop through the
chat-completions ``tools`` interface, a JSON fallback for backends without it, and scoring of a
run (right tool, right arguments, right answer). The calculators themselves, their argument
models and :func:`call_tool` are in :mod:`medllm_utils.calculators` and re-exported here.

>>> call_tool("bmi", '{"weight_kg": 70, "height_m": 1.75}')
{'bmi': 22.9, 'category': 'normal weight'}
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from .calculators import (TOOLS, Tool, ToolError, ToolsUnsupportedError, anion_gap, bmi,  # noqa: F401 (re-exported)
                          call_tool, cha2ds2_vasc, cockcroft_gault, convert_units, corrected_calcium,
                          egfr_ckd_epi_2021, has_bled, qtc, tool_order, tool_specs, wells_pe)
from .errors import MedLLMError, RequestRefusedError


# ------------------------------------------------------------------------------------------------
# Letting a model use the tools
# ------------------------------------------------------------------------------------------------
TOOL_SYSTEM = ("You are a clinical assistant. Use a calculator tool for any score, formula or unit conversion "
               "instead of computing it yourself, then answer in one sentence with the result.")


@dataclass
class ToolRun:
    """What happened when a model answered with tools: its final ``answer``, every tool call made
    (name, arguments, result or error), and the path used (``native`` tools API or ``json`` fallback)."""

    answer: str
    calls: list[dict[str, Any]]
    mode: str

    @property
    def result(self) -> dict[str, Any] | None:
        """The last successful tool result, if any."""
        ok = [c["result"] for c in self.calls if c.get("result") is not None]
        return ok[-1] if ok else None


class NumericAnswer(BaseModel):
    """A model's own numeric answer (the no-tools baseline)."""

    value: float


def _safe_call(name: str, arguments: str | dict[str, Any]) -> dict[str, Any]:
    try:
        return {"name": name, "arguments": arguments, "result": call_tool(name, arguments), "error": None}
    except MedLLMError as exc:
        return {"name": name, "arguments": arguments, "result": None, "error": str(exc)}


def _native(question: str, names: list[str], backend: str | None, model: str | None, max_rounds: int,
            **params: Any) -> ToolRun:
    from .client import chat

    msgs: list[dict[str, Any]] = [{"role": "system", "content": TOOL_SYSTEM}, {"role": "user", "content": question}]
    calls: list[dict[str, Any]] = []
    for _ in range(max_rounds):
        try:
            reply = chat(msgs, backend=backend, model=model, tools=tool_specs(names), label="tools", **params)
        except RequestRefusedError as exc:
            if not calls:  # refused the first request, the one that offered tools
                raise ToolsUnsupportedError(str(exc)) from None
            raise
        msg = reply.response.choices[0].message
        if not msg.tool_calls:
            return ToolRun(msg.content or "", calls, "native")
        msgs.append({"role": "assistant", "content": msg.content or "",
                     "tool_calls": [tc.model_dump(mode="json", exclude_none=True) for tc in msg.tool_calls]})
        for tc in msg.tool_calls:
            call = _safe_call(tc.function.name, tc.function.arguments)
            calls.append(call)
            content = call["result"] if call["error"] is None else {"error": call["error"]}
            msgs.append({"role": "tool", "tool_call_id": tc.id, "content": json.dumps(content)})
    raise MedLLMError(f"The model was still calling tools after {max_rounds} rounds; raise max_rounds or simplify the question.")


def _json_fallback(question: str, names: list[str], backend: str | None, model: str | None, **params: Any) -> ToolRun:
    """Tool use for backends without the tools API: choose a tool, then fill its arguments, each by
    schema-constrained JSON; we run the tool and give the result back for the final answer."""
    from pydantic import create_model

    from .client import chat, complete_json

    menu = "\n".join(f"- {n}: {TOOLS[n].description}" for n in names)
    choice_schema = create_model("ToolChoice", tool=(Literal[(*names, "none")], ...))
    base = [{"role": "system", "content": TOOL_SYSTEM}, {"role": "user", "content": question}]
    pick = complete_json([*base, {"role": "user", "content": f"Available tools:\n{menu}\nWhich tool answers the question? "
                                  "Reply with its name, or none."}], choice_schema, backend=backend, model=model,
                         label="tools", **params)
    if pick.tool == "none":
        return ToolRun(str(chat(base, backend=backend, model=model, label="tools", **params)), [], "json")
    tool = TOOLS[pick.tool]
    try:
        args = complete_json([*base, {"role": "user", "content": f"Fill in the arguments of {tool.name} "
                                      f"({tool.description}) from the question."}], tool.args, backend=backend,
                             model=model, label="tools", **params)
        call = _safe_call(tool.name, args.model_dump())
    except MedLLMError as exc:  # the arguments did not fit the tool's schema
        call = {"name": tool.name, "arguments": None, "result": None, "error": str(exc)}
    if call["error"]:
        return ToolRun(f"The {tool.name} calculator could not be used: {call['error']}", [call], "json")
    answer = chat([*base, {"role": "user", "content": f"The {tool.name} calculator returned {json.dumps(call['result'])}. "
                           "Answer the question in one sentence using this result."}],
                  backend=backend, model=model, label="tools", **params)
    return ToolRun(str(answer), [call], "json")


def run_with_tools(question: str, *, names: list[str] | None = None, mode: str = "auto", backend: str | None = None,
                   model: str | None = None, max_rounds: int = 3, **params: Any) -> ToolRun:
    """Answer ``question`` letting the model call the calculators.

    ``mode="native"`` uses the chat-completions tools API (the model emits ``tool_calls``, we run
    them and send back ``tool`` messages until it answers); ``"json"`` is the fallback for
    backends without tool calling (schema-constrained choice, then arguments); ``"auto"`` uses
    native tools except on the offline model, and falls back to JSON if a server refuses ``tools``.

    >>> run = run_with_tools("BMI of a 70 kg, 1.75 m adult?")             # doctest: +SKIP
    >>> run.calls[0]["name"], run.result                                   # doctest: +SKIP
    ('bmi', {'bmi': 22.9, 'category': 'normal weight'})
    """
    from .client import get_backend

    if mode not in ("auto", "native", "json"):
        raise ValueError("mode must be 'auto', 'native' or 'json'")
    names = list(names or TOOLS)
    unknown = [n for n in names if n not in TOOLS]
    if unknown:
        raise MedLLMError(f"Unknown tool(s) {', '.join(unknown)}; available: {', '.join(TOOLS)}.")
    params = {"temperature": 0, "max_tokens": 200, **params}
    b = get_backend(backend, model)
    if mode == "json" or (mode == "auto" and b.name == "offline"):
        return _json_fallback(question, names, b.name, b.model, **params)
    try:
        return _native(question, names, b.name, b.model, max_rounds, **params)
    except ToolsUnsupportedError:
        if mode == "auto":
            return _json_fallback(question, names, b.name, b.model, **params)
        raise


def score_tool_run(run: ToolRun, tool: str, arguments: dict[str, Any], answer: float, answer_key: str,
                   rel_tol: float = 0.02) -> dict[str, bool]:
    """Did the run pick the right tool, pass the right arguments, and get the right value?

    >>> run = ToolRun("22.9", [{"name": "bmi", "arguments": {"weight_kg": 70, "height_m": 1.75},
    ...                         "result": {"bmi": 22.9}, "error": None}], "json")
    >>> score_tool_run(run, "bmi", {"weight_kg": 70, "height_m": 1.75}, 22.9, "bmi")
    {'tool_ok': True, 'args_ok': True, 'value_ok': True}
    """
    call = run.calls[-1] if run.calls else None
    tool_ok = call is not None and call["name"] == tool
    args = call.get("arguments") if call else None
    if isinstance(args, str):
        try:
            args = json.loads(args)
        except json.JSONDecodeError:
            args = None
    args_ok = False
    if tool_ok and isinstance(args, dict):  # compare every field after validation (defaults filled in)
        try:
            got = TOOLS[tool].args.model_validate(args).model_dump()
        except ValidationError:
            got = None
        want = TOOLS[tool].args.model_validate(arguments).model_dump()
        args_ok = got is not None and all(_close(got[k], v, rel_tol) for k, v in want.items())
    value = (call or {}).get("result") or {}
    return {"tool_ok": tool_ok, "args_ok": args_ok, "value_ok": bool(tool_ok and _close(value.get(answer_key), answer, rel_tol))}


def _close(a: Any, b: Any, rel_tol: float) -> bool:
    if isinstance(b, bool) or isinstance(b, str):
        return a == b
    try:
        return math.isclose(float(a), float(b), rel_tol=rel_tol, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False
