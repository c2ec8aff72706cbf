// Package golden is the test plumbing for golden files: the -update flag
// shared by every test package (so that "go test ./... -update" works),
// comparison of JSON records with cmp.Diff, and txtar case archives.
package golden
