"""The annotate pipeline: report-aware sentences and the context of each match."""

from reportcheck.annotate.pipeline import pipeline


def sentences(text):
    return [s.text.strip() for s in pipeline()(text).sents if s.text.strip()]


def hits(text, label):
    doc = pipeline()(text)
    return [(doc[h.start:h.end].text, h.negated, h.future, h.hypothetical) for h in doc.user_data["rc_hits"]
            if h.label == label]


def test_lines_without_full_stops_are_sentences():
    assert sentences("Name: Ruby Hall\nD.O.B. 02/04/2016\n- attends Oakfield Primary") == [
        "Name: Ruby Hall", "D.O.B. 02/04/2016", "- attends Oakfield Primary"]


def test_a_line_wrapped_by_hand_mid_sentence_stays_one_sentence():
    assert sentences("He is on police bail, the\ninvestigation is ongoing. The chair was\ninformed on 09/04/2026.") == [
        "He is on police bail, the\ninvestigation is ongoing.", "The chair was\ninformed on 09/04/2026."]
    assert sentences("A copy will be given to Ms Clarke at her review on\n26/03/2026.") == [
        "A copy will be given to Ms Clarke at her review on\n26/03/2026."]


def test_complete_lines_and_paragraphs_still_start_sentences():
    assert sentences("Mum said:\nshe is fine") == ["Mum said:", "she is fine"]
    assert sentences("12/11 - no coat\n17/11 - late") == ["12/11 - no coat", "17/11 - late"]
    assert sentences("Child's views\n\nshe said no") == ["Child's views", "she said no"]


def test_abbreviations_and_closing_quotes_do_not_split():
    assert sentences('Dr. Patel saw Ruby. She said "I hide in my room." Then she cried.') == [
        "Dr. Patel saw Ruby.", 'She said "I hide in my room."', "Then she cried."]


def test_negation_reaches_forward_within_the_sentence():
    assert hits("I was unable to obtain his views.", "voice.voice_noun") == [("views", True, False, False)]
    assert hits("There is no evidence that dad has engaged.", "father.engagement") == [("engaged", True, False, False)]


def test_negation_stops_at_a_terminator():
    found = hits("Dad was not seen in October but he attended on 3 May.", "father.engagement")
    assert ("seen", True, False, False) in found and ("attended", False, False, False) in found


def test_a_listed_item_of_praise_after_a_comma_is_out_of_a_negations_reach():
    assert hits("There are no previous concerns, good engagement from both parents.", "analysis.strength") == [
        ("good engagement", False, False, False)]
    assert hits("There is no good engagement from either parent.", "analysis.strength") == [
        ("good engagement", True, False, False)]
    assert hits("Dad has not been seen, engaged or spoken to.", "father.engagement")[1] == (
        "engaged", True, False, False)  # a list with no word of praise stays negated


def test_a_negation_word_that_negates_nothing_is_no_negation():
    assert hits("There is no doubt that dad has engaged.", "father.engagement") == [
        ("engaged", False, False, False)]
    assert hits("I have no objection to this letter being shared with mum.", "sharing.share") == [
        ("shared", False, False, True)]  # a permission, not the share itself
    assert hits("Dad has not engaged.", "father.engagement") == [("engaged", True, False, False)]


def test_future_and_hypothetical_are_not_asserted():
    assert hits("I will share this report with mum.", "sharing.share") == [("share", False, True, False)]
    assert hits("Ruby should be seen alone.", "father.engagement") == [("seen", False, False, True)]


def test_may_the_month_is_not_a_modal():
    assert hits("Dad attended on 3 May 2025.", "father.engagement") == [("attended", False, False, False)]


def test_backward_negation():
    assert hits("His views were not sought.", "voice.voice_noun") == [("views", True, False, False)]


def test_quotes_are_found_but_not_apostrophes():
    doc = pipeline()("Ruby said 'I miss my dad' and the children's coats weren't there. Mum said \"no\".")
    quoted = [doc[a:b].text for a, b in doc.user_data["rc_quotes"]]
    assert quoted == ["'I miss my dad'", '"no"']


def test_a_quotation_of_several_sentences_stays_in_one_sentence():
    assert sentences('Ms Moss said: "I know it is bad. I want help." She agrees with a plan.') == [
        'Ms Moss said: "I know it is bad. I want help."', "She agrees with a plan."]
    assert sentences('Mum said “It is hard. I cope.” Then she left.') == [
        'Mum said “It is hard. I cope.”', "Then she left."]


def test_an_unclosed_quotation_ends_with_its_paragraph():
    assert sentences('Jack said "I hate it.\nNext line. Another one.') == [
        'Jack said "I hate it.', "Next line.", "Another one."]


def test_a_section_s_line_also_taken_for_a_heading_is_still_the_author_s_words():
    from grade_helpers import structure

    from reportcheck.annotate import annotate

    s = structure({"involvement": ["12/03/2025 - home visit, Kai seen with his mother.", "Kai is settled."]})
    s.headings.append(s.section("involvement").content_blocks[0])  # a dated line read as a numbered heading
    texts = [x.text for x in annotate(s).sentences]  # the section's own heading stays out
    assert texts == ["12/03/2025 - home visit, Kai seen with his mother.", "Kai is settled."]
