package extract

import (
	"math/rand/v2"
	"strings"
)

// randomText joins fewer than most pieces, each drawn at random: the
// texts that the tests comparing a fast path with its plain version
// feed to both.
func randomText(rng *rand.Rand, pieces []string, most int) string {
	var b strings.Builder
	for k := rng.IntN(most); k > 0; k-- {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}
