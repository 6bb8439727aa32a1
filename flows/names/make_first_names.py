"""Regenerate the pymorphy3 part of flows/data/first_names.tsv (run once; about two minutes).

In: the Russian dictionary pymorphy3-dicts-ru ships. Out: on stdout, one TSV row per lemma it tags
`Name` (a given name), three letters or more, with language `ru` and source `pymorphy3`. The curated
Kazakh, Tatar and Turkish rows of the file are kept by hand below these.
"""

import pymorphy3


def main() -> None:
    morph = pymorphy3.MorphAnalyzer()
    names = {
        normal.capitalize()
        for _word, tag, normal, _para, index in morph.dictionary.iter_known_words()
        if index == 0 and "Name" in tag.grammemes and len(normal) >= 3
    }
    for name in sorted(names):
        print(f"{name}\tru\tpymorphy3")


if __name__ == "__main__":
    main()
