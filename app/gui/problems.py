"""Translated texts for the validation problems of ``app.core.rules`` (field + code → what to fix)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from app.core.rules import Problem



def problem_text(problem: Problem) -> str:
    """What is wrong and what to do, in the interface language; falls back to the rule's English message."""
    field = re.sub(r"\[\d+\]", "[]", problem.field)
    key = (field, problem.code)
    texts = {
        ("date", "required"): lambda: QCoreApplication.translate("Problems", "Enter the date of the activity."),
        ("date", "future"): lambda: QCoreApplication.translate("Problems", "The date is in the future: enter the day the activity took place."),
        ("date", "too-old"): lambda: QCoreApplication.translate("Problems", "The date is before 2000: check the year."),
        ("title", "required"): lambda: QCoreApplication.translate("Problems", "Enter the content, or at least one law or topic."),
        ("forms", "required"): lambda: QCoreApplication.translate("Problems", "Choose at least one form."),
        ("forms", "unknown"): lambda: QCoreApplication.translate("Problems", "A form is not in the catalog: choose it again."),
        ("target_groups", "unknown"): lambda: QCoreApplication.translate("Problems", "A target group is not in the catalog: choose it again."),
        ("participants", "negative"): lambda: QCoreApplication.translate("Problems", "The number of participants cannot be negative."),
        ("participants", "too-large"): lambda: QCoreApplication.translate("Problems", "The number of participants is too large: check it."),
        ("women", "negative"): lambda: QCoreApplication.translate("Problems", "The number of women cannot be negative."),
        ("women", "too-large"): lambda: QCoreApplication.translate("Problems", "The number of women is too large: check it."),
        ("women", "exceeds-participants"): lambda: QCoreApplication.translate("Problems", "There are more women than participants: check both numbers."),
        ("ethnic_minority", "negative"): lambda: QCoreApplication.translate("Problems", "The number of ethnic-minority participants cannot be negative."),
        ("ethnic_minority", "too-large"): lambda: QCoreApplication.translate("Problems", "The number of ethnic-minority participants is too large: check it."),
        ("ethnic_minority", "exceeds-participants"): lambda: QCoreApplication.translate(
            "Problems",
            "There are more ethnic-minority participants than participants: check both numbers."
        ),
        ("materials", "negative"): lambda: QCoreApplication.translate("Problems", "The number of materials cannot be negative."),
        ("materials", "too-large"): lambda: QCoreApplication.translate("Problems", "The number of materials is too large: check it."),
        ("cost", "negative"): lambda: QCoreApplication.translate("Problems", "The cost cannot be negative."),
        ("cost", "too-large"): lambda: QCoreApplication.translate("Problems", "The cost is larger than 100 billion đồng: check it."),
        ("cost", "not-a-number"): lambda: QCoreApplication.translate("Problems", "Type the cost as a whole number of đồng, for example 1.500.000."),
        ("full_name", "required"): lambda: QCoreApplication.translate("Problems", "Enter the person's full name."),
        ("kind", "unknown"): lambda: QCoreApplication.translate("Problems", "Choose legal reporter or legal propagandist."),
        ("gender", "unknown"): lambda: QCoreApplication.translate("Problems", "Choose male, female or leave it empty."),
        ("birth_date", "implausible"): lambda: QCoreApplication.translate("Problems", "The birth date gives an age below 16 or above 100: check the year."),
        ("phone", "invalid"): lambda: QCoreApplication.translate("Problems", "The phone number should have 8 to 15 digits."),
        ("recognition.date", "future"): lambda: QCoreApplication.translate("Problems", "The recognition decision date is in the future."),
        ("dismissal.date", "future"): lambda: QCoreApplication.translate("Problems", "The dismissal decision date is in the future."),
        ("dismissal.date", "before-recognition"): lambda: QCoreApplication.translate("Problems", "The dismissal date is before the recognition date."),
        ("dismissal_ground", "required"): lambda: QCoreApplication.translate("Problems", "A dismissal needs one of the grounds of Circular 10/2016: choose it."),
        ("dismissal_ground", "not-legal"): lambda: QCoreApplication.translate("Problems", "\"Inactive\" and \"other reason\" are reasons to review a person, not grounds of Circular 10/2016: choose the legal ground."),
        ("dismissal_ground", "wrong-kind"): lambda: QCoreApplication.translate("Problems", "This dismissal ground does not apply to this role: choose another."),
        ("dismissal", "required"): lambda: QCoreApplication.translate("Problems", "A dismissal ground needs the dismissal decision (number or date)."),
        ("level", "unknown"): lambda: QCoreApplication.translate("Problems", "Choose the legal reporter's level: central, provincial or district."),
        ("level", "not-bcv"): lambda: QCoreApplication.translate("Problems", "Only a legal reporter has a level: leave it empty for a propagandist."),
        ("review_flag", "unknown"): lambda: QCoreApplication.translate("Problems", "Unknown reason for review: choose one from the list."),
        ("suspended_from", "future"): lambda: QCoreApplication.translate("Problems", "The suspension date is in the future."),
        ("suspended_until", "without-start"): lambda: QCoreApplication.translate("Problems", "Give the day the suspension started before its end."),
        ("suspended_until", "before-start"): lambda: QCoreApplication.translate("Problems", "The suspension ends before it starts."),
        ("id_number", "invalid"): lambda: QCoreApplication.translate("Problems", "The ID number has 12 digits (citizen ID) or 9 (old ID card)."),
        ("refusals", "negative"): lambda: QCoreApplication.translate("Problems", "The number of refusals cannot be negative."),
        ("trainings[].date", "future"): lambda: QCoreApplication.translate("Problems", "A training date is in the future."),
        ("trainings[].title", "required"): lambda: QCoreApplication.translate("Problems", "Each training needs a title."),
    }
    if problem.code == "too-long":
        return QCoreApplication.translate("Problems", "This text is too long (or has too many items): shorten it.")
    if problem.code == "not-a-date":
        return QCoreApplication.translate("Problems", "Type the date as dd/mm/yyyy, for example 09/11/2026.")
    make = texts.get(key)
    return make() if make else problem.message
