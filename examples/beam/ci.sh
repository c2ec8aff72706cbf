#!/usr/bin/env bash
# Builds and tests the Beam pipeline, a nested module with its own go.mod,
# so that the library's own module does not depend on the Beam SDK. .ci/run
# calls it; it needs only Go and the Go module proxy.
#
# On a fresh machine it downloads the Beam SDK and its dependencies (about
# 300 MB of module cache) and compiles them: several minutes on 2 cores.
# With warm caches it takes seconds. The tests run the pipeline on Beam's
# local runner (Prism, in process, on loopback ports).
set -euo pipefail
cd "$(dirname "$0")"

start=$SECONDS
go mod download
go build ./...
go vet ./...
go test -count=1 ./...
echo "examples/beam: built and tested in $((SECONDS - start))s"
