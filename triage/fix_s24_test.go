package triage

import (
	"testing"
)

// Workers not let go home over a debt, threatened only with the law ("or
// I'll get your father jailed", C242-021), are bonded labour: urgent, not
// "held and threatened". A threat to life or a child taken stays an
// emergency.
func TestHeldForDebtWithTheLawsThreat(t *testing.T) {
	t.Parallel()
	requireRead(t, "forced_labour", "urgent",
		"thekedar ghar nai jane deta, kehta hai pehle qarza utaro warna tumhare abba ko andar karwa dunga",
		"ٹھیکیدار گھر نہیں جانے دیتا، کہتا ہے پہلے قرضہ اتارو ورنہ تمہارے ابا کو اندر کروا دوں گا",
		"the contractor does not let us go home, says first pay the loan or he will get my father jailed")
	requireRead(t, "forced_labour", "emergency",
		"thekedar ghar nai jane deta, kehta hai pehle qarza utaro warna jaan se maar dunga",
		"malik bhatta chhorne nahi deta, kehta hai qarza utaro warna tumhari beti ko utha lunga")
}

// Workers abroad who cannot go out for fear of arrest, their iqama
// expired (C242-007, C243-007, C87-017), are stranded, urgent: no one
// holds them. Kept in by the kafeel, or locked in, stays an emergency.
// "Nobody is beating" is no harm.
func TestKeptInByPapers(t *testing.T) {
	t.Parallel()
	requireRead(t, "worker_distress_abroad", "urgent",
		"Company not paying 5 month salary. iqama expired 2 month ago, kafeel not renewing so I cant go out, police can catch. passport is with me",
		"اقامہ ختم ہو گیا ہے، کفیل رینیو نہیں کرتا، اس لیے باہر نہیں نکل سکتے، پولیس پکڑ لے گی۔ پانچ مہینے سے تنخواہ نہیں ملی",
		"5 mahine se tankhwa nahi mili, iqama khatam ho gaya company renew nahi kr rahi, bahar nahi nikal sakte police pakar legi",
		"Iqama also expired 2 months ago, company not renewing, so we cannot go outside, police checking. Nobody is beating or anything, but we are stuck.")
	requireRead(t, "", "emergency",
		"iqama expired, kafeel dont let us go out of the camp and took our phones",
		"iqama khatam hai, bahar nahi nikal sakte, kamre me band kar rakha hai")
}
