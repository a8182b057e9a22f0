#!/usr/bin/env bash
# `next build` in its two phases, each a process of its own: compiling (Turbopack, in Next's main process), then
# prerendering (the page worker). In one process, Turbopack keeps its memory while the page worker prerenders (until
# its persistent cache is written, or to the end without one): the two peaks added up to 1.8-2.2 GB at 100,000
# articles. Apart, the build's peak is the larger of the two (npm run bench:scale). The output is the same build;
# arguments go to both phases.
set -euo pipefail
next=node_modules/.bin/next
"$next" build --experimental-build-mode=compile "$@"
"$next" build --experimental-build-mode=generate "$@"
