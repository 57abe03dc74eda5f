"""Words that say nothing about what an idea is about, in Swedish and English.

Besides grammar words, the lists hold the words every workshop idea uses ("kunna", "fler", "idea",
"better"), which would otherwise pull unrelated notes together.
"""

from __future__ import annotations

SWEDISH = frozenset(
    {
        "alla", "allt", "alltid", "andra", "annan", "annat", "att", "av", "bara", "bland", "blev", "bli",
        "blir", "bra", "bättre", "både", "dag", "dagar", "de", "dem", "den", "denna", "deras", "dess",
        "dessa", "det", "detta", "dig", "din", "dina", "ditt", "du", "där", "då", "efter", "egen", "eget",
        "egna", "eller", "en", "enkel", "enkla", "enklare", "ens", "ert", "ett", "ex", "exempel",
        "exempelvis", "fast", "finns", "fler", "flera", "flest", "fram", "från", "få", "får", "för",
        "förslag", "första", "genom", "ger", "gjorde", "gärna", "gång", "gånger", "gör", "göra", "görs",
        "ha", "hade", "har", "hela", "hon", "honom", "hos", "hur", "här", "i", "ibland", "idé", "idéer",
        "ifrån", "igen", "in", "inga", "inget", "inom", "inte", "jobba", "kan", "kanske", "kommer",
        "kring", "kunde", "kunna", "lite", "man", "med", "mellan", "men", "mer", "mest", "mig", "min",
        "mina", "mindre", "mitt", "mot", "mycket", "många", "måste", "ni", "nu", "ny", "nya", "nytt",
        "när", "någon", "något", "några", "och", "också", "olika", "om", "oss", "per", "på", "runt",
        "samt", "sedan", "sig", "sin", "sina", "sitt", "själva", "ska", "skulle", "som", "stor", "stora",
        "större", "sätt", "så", "sådan", "sådana", "sådant", "t", "ta", "tar", "till", "till.exempel",
        "tills", "typ", "under", "upp", "ut", "utan", "vad", "var", "vara", "vare", "varför", "varje",
        "vars", "vem", "vi", "via", "vid", "vilka", "vilken", "vilket", "vill", "vår", "våra", "vårt",
        "än", "är", "även", "åt", "över",
    }
)

ENGLISH = frozenset(
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
        "are", "as", "at", "be", "because", "been", "before", "being", "below", "better", "between",
        "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "e", "each",
        "eg", "etc", "example", "few", "for", "from", "further", "g", "get", "had", "has", "have",
        "having", "he", "her", "here", "hers", "him", "his", "how", "i", "idea", "ideas", "if", "in",
        "into", "is", "it", "its", "itself", "just", "let", "like", "make", "makes", "many", "me", "more",
        "most", "much", "my", "new", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only",
        "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such",
        "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
        "through", "to", "too", "two", "under", "until", "up", "use", "using", "very", "was", "way",
        "ways", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
        "with", "would", "you", "your", "yours",
    }
)


STOP_WORDS = SWEDISH | ENGLISH  # both always: Swedish workshops use English words and the reverse
