package lang

import "testing"

// TestSession41Names: the man the writer met at the firm, told after it
// ("وہاں کامران صاحب ملے تھے", "Lahore me Raja Waqas milta tha", "وہاں
// ندیم صدیقی صاحب سارا معاملہ دیکھتے ہیں", C409-017, C411-028, C401-011),
// and one named beside the firm with "their" ("and their consultant Ahsan
// Rafiq", "aur unka banda Shahid").
func TestSession41Names(t *testing.T) {
	t.Parallel()
	requireOtherPerson(t, Conversation(), []otherPerson{
		{"ٹیک برج سلوشنز، گلشن اقبال کراچی میں دفتر تھا۔ وہاں کامران صاحب ملے تھے", "ٹیک برج سلوشنز", "کامران صاحب"},
		{"Golden Star HR Solutions. Lahore me Raja Waqas milta tha, Model Town me ek flat me office bana rakha h", "Golden Star HR Solutions", "Raja Waqas"},
		{"نیو ہورائزن اوورسیز، طارق روڈ کراچی۔ وہاں ندیم صدیقی صاحب سارا معاملہ دیکھتے ہیں", "نیو ہورائزن اوورسیز", "ندیم صدیقی صاحب"},
		{"Hartwell Care Solutions, and their consultant Ahsan Rafiq", "Hartwell Care Solutions", "Ahsan Rafiq"},
		{"Al Noor Travels aur unka banda Shahid", "Al Noor Travels", "Shahid"},
	})
}
