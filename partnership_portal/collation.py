"""Sorting names as a Vietnamese reader expects them, in Python (for choice lists).

Code-point order puts capitals before small letters ("Vương quốc" before "nước") and the
letters with marks after "z" ("Bộ Tư pháp" before "Bộ Tổng chưởng lý", "Đại sứ quán" last).
The Vietnamese alphabet orders a ă â b c d đ e ê ... o ô ơ ... u ư ... y, ignoring case; tone
marks only break ties (ngang, huyền, hỏi, ngã, sắc, nặng). English names sort as in English,
since its letters are a subset. SQLite has no such collation, so lists that are short enough to
be choices are sorted here rather than by the database.
"""

import unicodedata

ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {letter: index for index, letter in enumerate(ALPHABET)}
# Marks that make another letter (ă, â, ê, ô, ơ, ư) and the tone marks, in dictionary order.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def sort_key(text) -> tuple:
    """A key for `sorted()`: letters by the Vietnamese alphabet whatever their case, then
    tones, then the text itself (so different texts never tie)."""
    letters, tones = [], []
    for char in unicodedata.normalize("NFD", str(text).casefold()):
        if char in _TONES:
            if tones:
                tones[-1] = _TONES[char]
            continue
        if char in _LETTER_MARKS and letters and letters[-1][0] == 1:
            composed = unicodedata.normalize("NFC", ALPHABET[letters[-1][1]] + char)
            if composed in _RANK:
                letters[-1] = (1, _RANK[composed])
            continue
        if unicodedata.combining(char):
            continue  # a mark Vietnamese does not use: the base letter decides
        if char in _RANK:
            letters.append((1, _RANK[char]))
        elif char.isdigit():
            letters.append((0, int(char) if char.isascii() else ord(char)))
        else:  # spaces and punctuation before any letter or digit, as in a dictionary
            letters.append((-1, ord(char)))
        tones.append(0)
    return tuple(letters), tuple(tones), str(text)


def sorted_choices(pairs):
    """(value, label) pairs by their labels, in Vietnamese order, then by value."""
    return sorted(pairs, key=lambda pair: (sort_key(pair[1]), pair[0]))
