"""What a 3×4 photo must be (pure: the bytes are opened by common.uploads before these checks)."""

from __future__ import annotations

from fractions import Fraction

PHOTO_TYPES = {"image/jpeg", "image/png"}  # the scanners' and phones' formats; a PDF is not a photo
RATIO = Fraction(3, 4)  # width : height of the photo pasted on the forms
RATIO_TOLERANCE = 0.03  # a crop rounded to whole pixels is never exactly 3:4
MIN_WIDTH, MIN_HEIGHT = 240, 320  # below this a 3×4 cm print is visibly blurred (about 200 dpi)
MAX_BYTES = 5 * 1024 * 1024


def photo_problem(content_type: str, width: int, height: int) -> str | None:
    """The message code of what is wrong with the photo, or None."""
    if content_type not in PHOTO_TYPES:
        return "photo.type"
    if abs(width / height - float(RATIO)) > RATIO_TOLERANCE * float(RATIO):
        return "photo.ratio"
    if width < MIN_WIDTH or height < MIN_HEIGHT:
        return "photo.too_small"
    return None
