// Package kernel holds the jsii kernel program the estate runs: the
// @jsii/runtime bundle embedded in the pinned github.com/aws/jsii-runtime-go,
// with the small patches listed in manifest.json. `make provider`
// derives it (internal/jsiiruntime.DeriveKernel); a test checks it against
// the module. LICENSE and NOTICE are the module's.
package kernel

import _ "embed"

// Program is the kernel program (program.js).
//
//go:embed program.js
var Program []byte
