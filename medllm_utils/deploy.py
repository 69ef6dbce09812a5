"""Deployment safeguards (chapter 5), gathered under one name for the chapter:

* :mod:`medllm_utils.privacy` — :func:`find_phi`, :func:`deidentify`, :func:`evaluate_deid`, the PHI
  guard :func:`check_phi`;
* :mod:`medllm_utils.audit` — :class:`AuditLog`, :func:`verify_audit_log`;
* :mod:`medllm_utils.fairness` — :func:`subgroup_report`, :func:`fairness_gaps`,
  :func:`counterfactual_flips` and its control :func:`fact_control_flips`;
* :mod:`medllm_utils.monitoring` — :func:`control_limits`, :func:`alerts`, :func:`review_queue`,
  :func:`deployment_checklist`.

>>> from medllm_utils import deploy
>>> [f.kind for f in deploy.find_phi("Call 555-201-3344.")]
['phone']
"""

from __future__ import annotations

from .audit import AuditLog, AuditLogWarning, AuditReport, audit_from_env, getpass_user, verify_audit_log  # noqa: F401
from .fairness import (RACE_GROUPS, SEX_SWAPS, counterfactual_flips, fact_control_flips, fairness_gaps,  # noqa: F401
                       relevant_fact_variant, replace_word, subgroup_report, swap_words)
from .monitoring import alerts, control_limits, deployment_checklist, review_queue  # noqa: F401
from .privacy import (PATTERNS, Deidentified, DeidScore, PHIError, PHIFinding, check_phi, compliant_backends,  # noqa: F401
                      deidentify, evaluate_deid, find_phi, phi_kinds)
