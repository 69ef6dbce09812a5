"""Numbers from a run into the prose around them (all chapters).

:func:`glue` stores a value under a name so that the rendered book's text can quote it with
myst-nb's ``{glue:text}`name:.2f``` role — a sentence about a measured effect is then worded from
the run that rendered it, never typed by hand. Outside a book build (Colab, JupyterLab without
myst-nb) it does nothing and returns the value, so the notebooks run anywhere.

>>> glue("example", 0.5)
0.5
"""

from __future__ import annotations

from typing import Any


def glue(name: str, value: Any, *, markdown: bool = False) -> Any:
    """Make ``value`` quotable in the book's text as ``{glue:text}`name``` (numbers, with an optional
    format such as ``:.1%``) or, with ``markdown=True``, as ``{glue:md}`name``` (a phrase)."""
    try:
        from IPython import get_ipython
        from myst_nb import glue as _glue
    except ImportError:
        return value
    if get_ipython() is None:  # not in a kernel: nothing to attach the value to
        return value
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        value = value.item()   # numpy scalars: plain numbers, so the book can format them ({glue:text}`x:.1%`)
    if markdown:
        from IPython.display import Markdown

        _glue(name, Markdown(str(value)), display=False)
    else:
        _glue(name, value, display=False)
    return value
