"""The English translation paired with the Ukrainian: paragraphs, then sentences.

Takes the text's paragraphs and en.txt and gives, per paragraph, the study units (one or two
Ukrainian sentences with their English) plus warnings for doubtful pairs (`pairing.align`).
A paragraph-count mismatch is an error that quotes where the texts drift apart (`drift`);
inside a paragraph English sentences (`english`) pair by Gale-Church (`galechurch`), with
numbers and names on both sides as tie-breakers (`anchors`). en.txt is read and cleaned by
`translation`; the teacher's one-sentence-per-line form and the review form are `forms`;
the warnings about a doubtful pairing are worded in `doubts`.
"""
