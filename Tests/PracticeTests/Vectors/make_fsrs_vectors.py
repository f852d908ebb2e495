#!/usr/bin/env python3
"""Records FSRS test vectors from the reference implementation (`pip install fsrs`).

Runs review sequences (ratings with timestamps) through fsrs.Scheduler and writes, after
every review, the card's state, step, stability, difficulty and due time, plus the
retrievability just before the review. FSRSVectorTests compares the Swift scheduler with
this file. Run from this directory:  python3 make_fsrs_vectors.py > fsrs_vectors.json
"""

import json
import random
import sys
from datetime import datetime, timedelta, timezone

import fsrs
import fsrs.scheduler as scheduler_module
from fsrs import Card, Rating, Scheduler

START = datetime(2026, 1, 5, 9, 0, 0, tzinfo=timezone.utc)
# Sequences stop before reviews this far out: a Swift Date (a Double) keeps microseconds
# exact only within a century or so of 2001.
HORIZON = datetime(2099, 1, 1, tzinfo=timezone.utc)
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def microseconds(moment):
    delta = moment - EPOCH
    return (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds


def run_case(name, config, reviews, fuzz_unit=None):
    """reviews: list of (rating, when) where when is a datetime or ('due', offset_seconds)."""
    scheduler = Scheduler(
        desired_retention=config.get("desired_retention", 0.9),
        learning_steps=[timedelta(seconds=s) for s in config.get("learning_steps", [60, 600])],
        relearning_steps=[timedelta(seconds=s) for s in config.get("relearning_steps", [600])],
        maximum_interval=config.get("maximum_interval", 36500),
        enable_fuzzing=fuzz_unit is not None,
    )
    if fuzz_unit is not None:
        scheduler_module.random = lambda: fuzz_unit
    card = Card(card_id=1, due=START)
    steps = []
    for rating, when in reviews:
        if isinstance(when, tuple):
            when = card.due + timedelta(seconds=when[1])
        if when > HORIZON:
            break
        retrievability = scheduler.get_card_retrievability(card, when)
        reviewed, _ = scheduler.review_card(card, Rating(rating), when)
        if reviewed.due > HORIZON:
            break
        card = reviewed
        steps.append({
            "rating": rating,
            "at_us": microseconds(when),
            "at": when.isoformat(),
            "retrievability_before": retrievability,
            "state": int(card.state),
            "step": card.step,
            "stability": card.stability,
            "difficulty": card.difficulty,
            "due_us": microseconds(card.due),
            "due": card.due.isoformat(),
        })
    return {
        "name": name,
        "scheduler": {
            "desired_retention": scheduler.desired_retention,
            "learning_steps": [s.total_seconds() for s in scheduler.learning_steps],
            "relearning_steps": [s.total_seconds() for s in scheduler.relearning_steps],
            "maximum_interval": scheduler.maximum_interval,
            "fuzz_unit": fuzz_unit,
        },
        "start_us": microseconds(START),
        "reviews": steps,
    }


def on_due(rating, offset=0):
    return (rating, ("due", offset))


def random_sequence(rng, length):
    reviews = []
    for _ in range(length):
        rating = rng.choice([1, 2, 3, 3, 3, 4])
        # Mostly on time, sometimes early or late, sometimes with sub-second precision.
        offset = rng.choice([0, 0, 0, -3600, 7200, 86400 * rng.randint(1, 30), -86400 * rng.randint(0, 3)])
        if rng.random() < 0.2:
            offset += rng.randint(1, 999_999) / 1_000_000
        reviews.append(on_due(rating, offset))
    return reviews


def main():
    cases = []
    for rating in (1, 2, 3, 4):
        cases.append(run_case(f"first review {rating}", {}, [on_due(rating)]))
    cases.append(run_case("good through learning and reviews", {}, [on_due(3)] * 8))
    cases.append(run_case("easy streak", {}, [on_due(4)] * 6))
    cases.append(run_case("hard at every step", {}, [on_due(2)] * 6))
    cases.append(run_case("lapse then relearn", {},
                          [on_due(3), on_due(3), on_due(3), on_due(3), on_due(1), on_due(2), on_due(3), on_due(3)]))
    cases.append(run_case("again in learning", {}, [on_due(1), on_due(1), on_due(3), on_due(3), on_due(3)]))
    cases.append(run_case("same day reviews in review state", {},
                          [on_due(4), (3, START + timedelta(days=1, hours=1)),
                           (3, START + timedelta(days=1, hours=5)), (1, START + timedelta(days=1, hours=6))]))
    cases.append(run_case("long gap", {}, [on_due(3), on_due(3), on_due(3), on_due(3, 86400 * 400), on_due(3)]))
    cases.append(run_case("early reviews", {}, [on_due(3), on_due(3), on_due(3), on_due(3, -86400 * 2), on_due(2, -3600)]))
    cases.append(run_case("retention 0.8", {"desired_retention": 0.8}, [on_due(3)] * 6 + [on_due(1), on_due(3), on_due(3)]))
    cases.append(run_case("retention 0.95", {"desired_retention": 0.95}, [on_due(3)] * 6 + [on_due(1), on_due(3)]))
    cases.append(run_case("one learning step", {"learning_steps": [300]}, [on_due(2), on_due(2), on_due(3), on_due(1), on_due(2), on_due(3)]))
    cases.append(run_case("no steps", {"learning_steps": [], "relearning_steps": []},
                          [on_due(1), on_due(3), on_due(1), on_due(2), on_due(3)]))
    cases.append(run_case("two relearning steps", {"relearning_steps": [600, 3600]},
                          [on_due(4), on_due(1), on_due(2), on_due(3), on_due(3), on_due(1), on_due(4)]))
    cases.append(run_case("odd steps", {"learning_steps": [45, 101, 7], "relearning_steps": [33]},
                          [on_due(2), on_due(3), on_due(2), on_due(3), on_due(3), on_due(1), on_due(2), on_due(3)]))
    cases.append(run_case("maximum interval 30", {"maximum_interval": 30}, [on_due(4)] * 8))
    for unit in (0.0, 0.5, 0.999999):
        cases.append(run_case(f"fuzz {unit}", {}, [on_due(3)] * 7 + [on_due(1), on_due(3), on_due(4)], fuzz_unit=unit))
    rng = random.Random(20260105)
    for index in range(20):
        config = {}
        if index % 4 == 1:
            config["desired_retention"] = round(rng.uniform(0.7, 0.97), 3)
        cases.append(run_case(f"random {index}", config, random_sequence(rng, rng.randint(5, 25))))
    json.dump({"fsrs_version": fsrs_version(), "cases": cases}, sys.stdout, indent=1)
    sys.stdout.write("\n")


def fsrs_version():
    from importlib.metadata import version
    return version("fsrs")


if __name__ == "__main__":
    main()
