package jsiiruntime

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// RuntimeModule is the Go module whose embedded jsii kernel the estate runs.
const RuntimeModule = "github.com/aws/jsii-runtime-go"

// kernelSource is the kernel program inside RuntimeModule: the bundle of
// @jsii/runtime that the module's standard runtime starts as a child of a
// relay process.
const kernelSource = "internal/embedded/resources/lib/program.js"

// KernelDir holds the derived kernel, relative to the project root.
const KernelDir = "third_party/jsii-kernel"

// patch is one exact textual change to the kernel program.
type patch struct {
	Why      string `json:"why"`
	old, new string
}

// patches turn the standard kernel into the one the estate runs. Each must
// match exactly once, or the derivation fails (a new jsii version needs a
// look).
var patches = []patch{{
	Why: "serve the jsii protocol on stdin/stdout (fds 0 and 1) instead of fd 3, the pipe to the relay process the standard runtime puts in front of the kernel: one Node process instead of two, each call 0.4 -> 0.2 ms",
	old: "readFD: 3,\n        writeFD: 3\n",
	new: "readFD: 0,\n        writeFD: 1\n",
}, {
	Why: "format the message of a type-information assertion only when it fails: util.inspect of the type reference on every (de)serialized value was a tenth of a synthesis",
	old: "assert(typeRef != null, `Kernel error: expected type information, got ${(0, util_1.inspect)(typeRef)}`);",
	new: "if (typeRef == null) assert(false, `Kernel error: expected type information, got ${(0, util_1.inspect)(typeRef)}`);",
}}

// KernelManifest records where the derived kernel comes from.
type KernelManifest struct {
	Module  string `json:"module"`
	Version string `json:"version"`
	// Source is the original program's path in the module, SourceSHA256
	// its hash.
	Source       string   `json:"source"`
	SourceSHA256 string   `json:"source_sha256"`
	Patches      []string `json:"patches"`
	// SHA256 is the derived program's hash.
	SHA256 string `json:"sha256"`
}

// RuntimeModuleDir returns the folder of RuntimeModule at the version the
// project in root requires (in the Go module cache), and that version.
func RuntimeModuleDir(root string) (dir, version string, err error) {
	cmd := exec.Command("go", "list", "-m", "-json", RuntimeModule)
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", "", fmt.Errorf("go list -m %s: %v %s", RuntimeModule, err, stderr.String())
	}
	var m struct{ Dir, Version string }
	if err := json.Unmarshal(out, &m); err != nil {
		return "", "", err
	}
	if m.Dir == "" {
		// Listed but not downloaded yet.
		dl := exec.Command("go", "mod", "download", RuntimeModule)
		dl.Dir = root
		if out, err := dl.CombinedOutput(); err != nil {
			return "", "", fmt.Errorf("go mod download %s: %v %s", RuntimeModule, err, out)
		}
		return RuntimeModuleDir(root)
	}
	return m.Dir, m.Version, nil
}

// DeriveKernel returns the estate's kernel program, derived from the jsii
// runtime module extracted at moduleDir (version), and its manifest.
func DeriveKernel(moduleDir, version string) ([]byte, *KernelManifest, error) {
	src, err := os.ReadFile(filepath.Join(moduleDir, kernelSource))
	if err != nil {
		return nil, nil, err
	}
	m := &KernelManifest{Module: RuntimeModule, Version: version, Source: kernelSource, SourceSHA256: sha(src)}
	out := src
	for _, p := range patches {
		if n := bytes.Count(out, []byte(p.old)); n != 1 {
			return nil, nil, fmt.Errorf("%s@%s %s: the text to patch (%s) occurs %d times, want once", RuntimeModule, version, kernelSource, p.Why, n)
		}
		out = bytes.Replace(out, []byte(p.old), []byte(p.new), 1)
		m.Patches = append(m.Patches, p.Why)
	}
	m.SHA256 = sha(out)
	return out, m, nil
}

func sha(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
