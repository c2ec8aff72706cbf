package newsparse_test

import (
	"fmt"
	"strings"

	"github.com/newsparse/newsparse"
)

func ExampleParse() {
	const text = `Storm closes ports along the coast

Three ports closed on Monday as the storm approached, officials said.
Shipping Delays
Cargo ships waited offshore. Traders expect delays of two days.
`
	a, err := newsparse.Parse(strings.NewReader(text))
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Headline)
	for _, s := range a.Sections {
		fmt.Printf("%q: %d paragraph(s)\n", s.Heading, len(s.Paragraphs))
	}
	// Output:
	// Storm closes ports along the coast
	// "": 1 paragraph(s)
	// "Shipping Delays": 1 paragraph(s)
}

func ExampleParseHTML() {
	const page = `<html lang="en-us"><head>
<title>Storm closes ports | Coastal Times</title>
<meta property="og:site_name" content="Coastal Times">
<meta property="article:published_time" content="2025-08-06T09:30:00+02:00">
<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ana Ruiz"}}</script>
</head><body><nav>Home | World</nav><article><h1>Storm closes ports</h1>
<p>Three ports closed on Monday as the storm approached, officials said.</p></article></body></html>`
	a, err := newsparse.ParseHTML(strings.NewReader(page))
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Headline, "|", a.Site, "|", a.Language)
	fmt.Println(a.Authors, a.Published)
	fmt.Println(a.Text)
	// Output:
	// Storm closes ports | Coastal Times | en-US
	// [Ana Ruiz] 2025-08-06T09:30:00+02:00
	// Three ports closed on Monday as the storm approached, officials said.
}
