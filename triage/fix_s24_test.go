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
