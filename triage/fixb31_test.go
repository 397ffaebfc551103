package triage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Trapped at an airport, in traffic, in a queue or by a late flight is no
// danger ("trapped", "qaid", "قید" beside airport, terminal, flight,
// traffic, queue, lift), and waiting at a Pakistani airport is being at
// home, not abroad (blind31 EN-008 read trafficking + emergency, "locked
// in"). Neighbours: trapped in a house or room, or stuck at an airport
// abroad with the visa cancelled, stay as they were.
func TestFixB31TrappedAtAirportIsNoDanger(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Trapped at Lahore airport for 6 hours, our Jeddah flight cancelled and nobody from the airline is telling anything. is there a helpline for this?",
		"we are trapped in Islamabad airport since morning, Dubai flight delayed again, no one tells anything, who do we call?",
		"trapped in traffic on the motorway for 3 hours",
		"trapped in the queue at the passport office for 5 hours",
		"Lahore airport pe 6 ghante se phanse hue hain, Jeddah ki flight cancel ho gayi, koi helpline hai?",
		"airport pe qaid ho kar reh gaye hain, flight 8 ghante late hai",
		"لاہور ایئرپورٹ پر چھ گھنٹے سے پھنسے ہوئے ہیں، جدہ کی فلائٹ منسوخ ہو گئی، کوئی ہیلپ لائن ہے؟",
		"ایئرپورٹ پر قید ہو کر رہ گئے ہیں، فلائٹ آٹھ گھنٹے لیٹ ہے",
	} {
		r := Read(s)
		require.Equal(t, UrgencyRoutine, r.Urgency, "%q: %v", s, r.Danger)
		require.Equal(t, CaseOther, r.CaseType, "%q", s)
	}
	// neighbours
	for _, s := range []string{
		"my brother is trapped in a house in Libya by the agent's men",
		"trapped in a room at the airport hotel, agent's men took passport and will not let us leave",
		"bhai ko Libya mein ek ghar mein qaid kar rakha hai",
		"بھائی کو لیبیا میں ایک کمرے میں قید کر رکھا ہے",
	} {
		require.Equal(t, UrgencyEmergency, Read(s).Urgency, "%q", s)
	}
	for _, s := range []string{
		"I am stuck at Sharjah airport, my employer's sponsor cancelled visa while I was flying back from leave. Immigration won't let me in. What now?",
		"bhai stuck at Jeddah airport, return flight cancelled, no money, company already cancelled my iqama",
	} {
		require.Equal(t, CaseWorkerDistress, Read(s).CaseType, "%q", s)
	}
}
