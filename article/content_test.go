package article

import (
	"context"
	"strings"
	"testing"

	"github.com/newsparse/newsparse/internal/golden"
)

// contentResult is what the content cases compare: the headline and the
// body blocks, each as "kind: text".
type contentResult struct {
	Headline string   `json:"headline"`
	Blocks   []string `json:"blocks"`
}

func TestContentCases(t *testing.T) {
	golden.CheckCases(t, "testdata/content.txtar", func(t *testing.T, input string) any {
		var p Parser
		d, err := p.ReadDoc(context.Background(), strings.NewReader(input), FormatHTML)
		if err != nil {
			t.Fatal(err)
		}
		r := contentResult{Headline: d.Headline, Blocks: []string{}}
		for _, b := range d.Blocks {
			r.Blocks = append(r.Blocks, b.Kind.String()+": "+d.BlockText(b))
		}
		return r
	})
}

// TestDeepPage checks that a page nesting more elements than x/net/html
// accepts (thousands of unclosed tags) still yields its text.
func TestDeepPage(t *testing.T) {
	page := "<html><body>" + strings.Repeat("<div><font>", 400) +
		"<p>The council approved the budget on Tuesday after a long debate that lasted into the night.</p>"
	var p Parser
	d, err := p.ReadDoc(context.Background(), strings.NewReader(page), FormatHTML)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "approved the budget") {
		t.Errorf("text = %q, want the paragraph", d.Text)
	}
}

// TestEmptyBody checks pages whose <body> holds nothing.
func TestEmptyBody(t *testing.T) {
	for _, page := range []string{"", "<html><body></body></html>", "<body><br></body>", "<script>x</script>"} {
		var p Parser
		d, err := p.ReadDoc(context.Background(), strings.NewReader(page), FormatHTML)
		if err != nil || d.Text != "" {
			t.Errorf("%q: text %q, error %v; want no text, no error", page, d.Text, err)
		}
	}
}
