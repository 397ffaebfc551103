package lang

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A name said of a role, or a role said of a name, with where the role is
// between ("The Pakistan agent is a Mr. Kamran Yousaf", "Hamza Qureshi is
// their Pakistan rep"): the name, without the sentence round it. A name
// that ends in a role word ("Carpathia HR") and a role beside a name with
// no "is" ("manager Saeed") are kept as written.
func TestNameSaidWithItsRole(t *testing.T) {
	t.Parallel()
	r := Conversation()
	for text, want := range map[string]string{
		"The Pakistan agent is a Mr. Kamran Yousaf": "Mr. Kamran Yousaf",
		"Hamza Qureshi is their Pakistan rep":       "Hamza Qureshi",
		"Sohail Rana is the owner":                  "Sohail Rana",
		"the Dubai agent is Bilal Khan":             "Bilal Khan",
		"Carpathia HR as the ad says":               "Carpathia HR",
		"manager Saeed":                             "manager Saeed",
		"Malik Tariq":                               "Malik Tariq",
	} {
		require.Equal(t, want, r.Read(text).Name(), text)
	}
}
