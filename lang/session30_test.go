package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Found in C279-C280 (first played in the thirtieth session).
func TestSession30Intents(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		// a wish to check said in words beside the advert (C280-023, C280-028)
		"ایک اشتہار کی تصدیق کرنی ہے۔ اٹلی میں سیزنل زرعی ویزا، کہتے ہیں حکومت کا کوٹہ ہے":                                                                                   "verify",
		"Retired Havaldar here, from Aliabad Hunza. My son got a message that he is selected for a Canada farm job without applying anywhere. I want to check this company.": "verify",
		"ek ad ki tasdeeq karni hai, Dubai driver 2 lakh":          "verify",
		"I need to verify an agent, he says Saudi visa in 2 weeks": "verify",
		// a status asked stays a status
		"I want to check the status of my complaint": "status",
		// what the writer makes of it: brought to us as a report (C279-004)
		"There is a facebook page called 'OEC Korea Jobs Registration 2025' with a google form asking for CNIC, photos and a Rs 3000 fee by easypaisa. I don't think the real OEC does this?": "verify",
	} {
		require.Equal(t, want, r.Read(text).Intent(), text)
	}
	require.True(t, r.Read("I don't think the real OEC does this?").SuspectsFake())
	require.True(t, r.Read("asli OEC aisa nahi karta, ye fraud lagta hai").SuspectsFake())
}

// Not all paid, a sum paid told beside it, is some paid (C280-002).
func TestSession30NotAllPaid(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for _, text := range []string{
		"جی دیے ہیں، نہیں مطلب پورے نہیں، دو لاکھ دیے، پچاس نہیں دیے",
		"ji diye hain, nahi matlab pooray nahi, do lakh diye, pachas nahi diye",
		"not all of it, 2 lakh paid, 50 not yet",
	} {
		require.Equal(t, PolarYes, r.Read(text).Paid(), text)
	}
	for _, text := range []string{"nahi pooray nahi diye", "نہیں، کچھ نہیں دیا", "not paid anything"} {
		require.NotEqual(t, PolarYes, r.Read(text).Paid(), text)
	}
}

// The name said when it was asked for (C281-034 stored "پوچھا تو").
func TestSession30NameWhenAsked(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"فون پر نام پوچھا تو بولا گلف لنک ریکروٹرز": "گلف لنک ریکروٹرز",
		"naam poocha to bola Gulf Link Recruiters":  "Gulf Link Recruiters",
		"naam pucha to kaha Ali Travels":            "Ali Travels",
	} {
		require.Equal(t, want, r.Read(text).NamedIn(), text)
	}
}
