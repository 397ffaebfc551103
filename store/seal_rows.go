package store

import "strings"

// openSealed of each row type with sealed columns (see opener).

func (m *Message) openSealed() (err error) {
	m.Body, err = openText(m.Body, ctxMessageBody)
	return err
}

func (m *FeedMessage) openSealed() (err error) {
	m.Body, err = openText(m.Body, ctxMessageBody)
	return err
}

func (c *Conversation) openSealed() (err error) {
	c.State, err = openJSON(c.State, ctxState)
	return err
}

func (r *Report) openSealed() (err error) {
	if r.Summary, err = openText(r.Summary, ctxSummary); err != nil {
		return err
	}
	if r.Entities, err = openEntities(r.Entities); err != nil {
		return err
	}
	return openAnswers(r.Answers)
}

func (q *QueueItem) openSealed() (err error) {
	if q.Summary, err = openText(q.Summary, ctxSummary); err != nil {
		return err
	}
	if q.Reason, err = openText(q.Reason, ctxReason); err != nil {
		return err
	}
	if q.Outcome, err = openOptional(q.Outcome, ctxOutcome); err != nil {
		return err
	}
	if q.Entities, err = openEntities(q.Entities); err != nil {
		return err
	}
	q.Answers, err = openAnswersJSON(q.Answers)
	return err
}

func (a *AlertReport) openSealed() (err error) {
	if a.Summary, err = openText(a.Summary, ctxSummary); err != nil {
		return err
	}
	texts := a.Texts[:0]
	for _, t := range a.Texts {
		p, err := openText(t, ctxMessageBody)
		if err != nil {
			return err
		}
		if strings.TrimSpace(p) != "" {
			texts = append(texts, p)
		}
	}
	a.Texts = texts
	return nil
}

func (e *EvidenceItem) openSealed() (err error) {
	e.Body, err = openText(e.Body, ctxMessageBody)
	return err
}

func (n *AgencyNote) openSealed() (err error) {
	n.Body, err = openText(n.Body, ctxMessageBody)
	return err
}

func (t *ThreadItem) openSealed() (err error) {
	if t.Body, err = openText(t.Body, ctxMessageBody); err != nil {
		return err
	}
	t.Meta, err = openMetaWith(vlt(), t.Meta)
	return err
}

func (m *MediaInfo) openSealed() (err error) {
	if m.PlaceSealed != nil {
		if m.Latitude, m.Longitude, err = openPlace(m.PlaceSealed); err != nil {
			return err
		}
		m.PlaceSealed = nil
	}
	if m.Text != nil {
		t, err := openText(*m.Text, ctxMediaText)
		if err != nil {
			return err
		}
		m.Text = &t
	}
	return nil
}

func (m *MediaToRead) openSealed() (err error) {
	m.Data, err = openBytes(m.Data, ctxMediaData)
	return err
}

func (m *MediaText) openSealed() (err error) {
	m.Text, err = openText(m.Text, ctxMediaText)
	return err
}

func (p *Part) openSealed() (err error) {
	p.Body, err = openText(p.Body, ctxPartBody)
	return err
}

// Referral reasons and outcomes are what officers wrote (why they asked
// another agency to assist, how the case ended).
func (r *Referral) openSealed() (err error) {
	r.Reason, err = openText(r.Reason, ctxReason)
	return err
}

func (c *CaseAgency) openSealed() (err error) {
	c.Outcome, err = openOptional(c.Outcome, ctxOutcome)
	return err
}
