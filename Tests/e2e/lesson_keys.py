#!/usr/bin/env python3
"""Prints, one a line, what a learner types to do a whole lesson: each task step's reference
solution (its `#@` directives as the lab verbs /fault and /wait), and `/answer KEYS` for each quiz. Used by run.sh to play a lesson in a pseudo-terminal."""
import re
import sys

text = open(sys.argv[1], encoding="utf-8").read()
steps = re.split(r"^## (?=Step:|Quiz:)", text, flags=re.M)[1:]
for step in steps:
    body = step.split("\n## ", 1)[0]
    if step.startswith("Quiz:"):
        quiz = re.search(r"```quiz\n(.*?)\n```", body, re.S).group(1)
        answer = re.search(r"^answer:\s*(.*)$", quiz, re.M).group(1).strip()
        keys = answer.strip("[]").replace(",", " ").split()
        print("/answer " + " ".join(keys))
    else:
        solution = re.search(r"```solution\n(.*?)\n```", body, re.S).group(1)
        for line in solution.splitlines():
            stripped = line.strip()
            # Script directives are lab verbs for a learner: `#@ fault ...` is `/fault ...`,
            # `#@ sleep N` is `/wait N`.
            if stripped.startswith("#@ fault "):
                print("/fault " + stripped[len("#@ fault "):])
            elif stripped.startswith("#@ sleep "):
                print("/wait " + stripped[len("#@ sleep "):])
            elif stripped and not stripped.startswith("#"):
                print(line)
