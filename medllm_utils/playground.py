"""An ipywidgets panel for trying prompts on multiple-choice questions (chapter 3): template, kNN
exemplars, temperature, backend and question, with the exact messages sent and the answer.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from .errors import MedLLMError
from .prompts import TEMPLATES, KNNExemplars, few_shot_messages, mcq_answer_json, mcq_variables


def available_backends() -> list[str]:
    """The backends configured in this environment (``offline`` always)."""
    from .client import BACKENDS, get_backend

    names = []
    for name in BACKENDS:
        try:
            get_backend(name)
            names.append(name)
        except MedLLMError:
            pass
    return names


def playground(questions: pd.DataFrame, pool: pd.DataFrame, *, index: int = 0, template: str = "mcq_direct",
               k: int = 0, temperature: float = 0.0, seed: int = 0):
    """An ipywidgets panel to try prompts on MCQs: template, number of kNN exemplars, temperature,
    backend and question; **Run** shows the exact messages sent and the model's answer.

    It runs the initial settings once, so a static copy (the rendered book) shows a real result;
    the controls need a live kernel.
    """
    import ipywidgets as W
    from IPython.display import display

    from .client import complete_json
    from .evaluate import MCQAnswer, MCQReasonedAnswer

    mcq_templates = [n for n in TEMPLATES if n.startswith("mcq_") and n != "mcq_rag"]
    w_template = W.Dropdown(options=mcq_templates, value=template, description="Template")
    w_k = W.IntSlider(value=k, min=0, max=5, description="kNN shots")
    w_temp = W.FloatSlider(value=temperature, min=0.0, max=1.5, step=0.1, description="Temperature")
    from .client import get_backend

    current = get_backend().name
    w_backend = W.Dropdown(options=sorted(set(available_backends()) | {current}), value=current, description="Backend")
    w_q = W.IntSlider(value=index, min=0, max=len(questions) - 1, description="Question")
    button = W.Button(description="Run", button_style="primary", icon="play")
    out = W.Output(layout=W.Layout(border="1px solid #ccc", padding="4px"))
    knn: list[KNNExemplars] = []

    def run(_: Any = None) -> None:
        row = questions.iloc[w_q.value]
        tpl = TEMPLATES[w_template.value]
        schema = MCQAnswer if w_template.value == "mcq_direct" else MCQReasonedAnswer
        if w_k.value and not knn:
            knn.append(KNNExemplars(pool))
        exemplars = knn[0].select(row["question"], w_k.value) if w_k.value else pool.iloc[:0]
        msgs = few_shot_messages(tpl, exemplars, mcq_variables(row), mcq_variables, mcq_answer_json)
        with out:
            out.clear_output()
            for m in msgs:
                print(f"--- {m['role']} ---\n{m['content']}")
            try:
                ans = complete_json(msgs, schema, backend=w_backend.value, temperature=w_temp.value, seed=seed,
                                    max_tokens=200, label="playground")
                verdict = "correct" if ans.answer == row["answer"] else f"wrong (key: {row['answer']})"
                print(f"=== model ({w_backend.value}) ===\n{ans.model_dump_json()}\n→ {verdict}")
            except MedLLMError as exc:
                print(f"=== error ===\n{exc}")

    button.on_click(run)
    run()
    display(W.VBox([W.HBox([w_template, w_backend]), W.HBox([w_k, w_temp]), W.HBox([w_q, button]), out]))
