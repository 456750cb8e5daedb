"""English implementers named around the instrument rather than before the verb: "the national airport system
master plan for 2021–2030, which the corporation is implementing" (a relative clause whose subject is the
body), "The provincial Department of Industry and Trade said it was implementing the revised plan" (the
body that said so, "it" after "said")."""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence
from kg.relations.organizations import org_ref_at
from kg.relations.policies import policy_ref_at

_AUX = r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been|would\s+be|will\s+be)\s+(?:now\s+|currently\s+|already\s+)?"
# a body's future or habitual carrying out: "which the ministry will run in 2027", "which the board oversees", "said it
# would keep carrying out"
_WILL = (r"(?:(?:will|would|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to)\s+(?:also\s+)?(?:keep\s+|continue\s+(?:to\s+)?)?"
         r"(?:implement|carry\s+out|carrying\s+out|implementing|run|lead|oversee|execute|roll\s+out)"
         r"|(?:implements|carries\s+out|runs|oversees))")
_WHICH = re.compile(r"\s*,\s*which\s+(?:the\s+)?(?P<subj>[\w’'&-]+(?:\s+[\w’'&-]+){0,7}?)\s+(?:" + _AUX + r"implementing|"
                    + _WILL + r")\b")
_SAID_IT = re.compile(r"(?:\s*\([^()]{1,15}\))?\s+(?:said|says|told\s+[^,.;]{1,40}?)\s+(?:that\s+)?(?:it|they)\s+(?:" + _AUX
                      + r"implementing|" + _WILL + r")\s+")


def reported_implementers(s: Sentence) -> list[Relation]:
    """implements from "<instrument>, which <body> is implementing" and "<body> said it was implementing
    <instrument>" (the instrument named, or named again by its kind: "the revised plan")."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    orgs = s.of_type("Organization")
    for p in s.of_type("Policy"):
        m = _WHICH.match(s.text, p.end, s.end)
        if m is None:
            continue
        at = m.start("subj")
        body = next((o for o in orgs if o.start in (at, at - 4) and o.end <= m.end("subj")), None) \
            or org_ref_at(s, at)
        if body is not None:
            out.append(Relation(body.id, "implements", p.id, s.index))
    for o in orgs:
        m = _SAID_IT.match(s.text, o.end, s.end)
        if m is None:
            continue
        pol = next((p for p in s.of_type("Policy") if p.start in (m.end(), m.end() + 4)), None) \
            or policy_ref_at(s, m.end())
        if pol is not None:
            out.append(Relation(o.id, "implements", pol.id, s.index))
    return out
