// Package jsiiruntime starts and ends the jsii runtime behind the cdktf Go
// bindings.
//
// jsii-runtime-go's standard runtime runs the jsii kernel as two Node
// processes: a relay that passes every call between the Go process and the
// kernel, and the kernel. The estate runs the same kernel (the one that
// module embeds, with the patches of KernelManifest; third_party/jsii-kernel)
// as one Node process that serves the protocol on its stdin and stdout,
// started through the runtime's own JSII_RUNTIME setting, on the project's
// pinned Node 22 when npm installed it (tools/jsii-node). Measured on a 2-core machine: a jsii
// call takes 0.2 ms instead of 0.4 ms, the runtime starts 0.15 s sooner,
// and the kernel no longer prints Node 20's end-of-life banner as [ERROR]
// on every synthesis. ESTATE_JSII=standard runs the standard runtime.
package jsiiruntime

import (
	_ "embed"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/aws/jsii-runtime-go"

	"github.com/platform/estate/internal/layout"
	"github.com/platform/estate/third_party/jsii-kernel"
)

// Settings read by Start.
const (
	// EnvMode selects the runtime: "standard" for jsii-runtime-go's own;
	// empty for the estate's.
	EnvMode = "ESTATE_JSII"
	// EnvRuntime is jsii-runtime-go's setting for the command that starts
	// the kernel; when the caller sets it, Start leaves it alone.
	EnvRuntime = "JSII_RUNTIME"
	// EnvNode names the Node binary to run the kernel with (jsii-runtime-go
	// reads it too).
	EnvNode = "JSII_NODE"
)

// entryPoint starts the kernel with stdout kept for the protocol.
//
//go:embed runtime.js
var entryPoint []byte

// Start prepares the jsii runtime of this process: call it first in main
// (and TestMain), before any jsii call. The bindings made the runtime's
// client while the packages initialized, with the environment as it was
// then; Start drops that client (nothing has started yet), so that the
// first jsii call starts the runtime with the environment as it is now,
// JSII_RUNTIME included.
func Start() error {
	defer jsii.Close()
	switch mode := os.Getenv(EnvMode); {
	case mode == "standard" || os.Getenv(EnvRuntime) != "":
		return nil
	case mode != "":
		return fmt.Errorf("%s=%s: use standard (jsii-runtime-go's own runtime), or unset it", EnvMode, mode)
	}
	dir, err := install()
	if err != nil {
		return fmt.Errorf("preparing the jsii kernel: %w", err)
	}
	node := nodeBinary()
	if strings.ContainsRune(node+dir, '\'') {
		return nil // not quotable below; the standard runtime works anywhere
	}
	// jsii-runtime-go runs the command with $SHELL -c.
	return os.Setenv(EnvRuntime, fmt.Sprintf("exec '%s' --preserve-symlinks --no-deprecation '%s'", node, filepath.Join(dir, "runtime.js")))
}

// install writes the kernel and its entry point into a folder of the
// user's cache (layout.ToolsCache) named after their contents, once per
// version, and returns the folder.
func install() (string, error) {
	id := sha(append(append([]byte{}, kernel.Program...), entryPoint...))[:16]
	dir := filepath.Join(layout.ToolsCache(), "jsii-kernel-"+id)
	if _, err := os.Stat(filepath.Join(dir, "runtime.js")); err == nil {
		return dir, nil
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return "", err
	}
	// Written aside and renamed into place: processes starting at once
	// never see half a kernel.
	tmp, err := os.MkdirTemp(filepath.Dir(dir), ".jsii-kernel-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	for name, content := range map[string][]byte{"program.js": kernel.Program, "runtime.js": entryPoint} {
		if err := os.WriteFile(filepath.Join(tmp, name), content, 0o644); err != nil {
			return "", err
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		if _, statErr := os.Stat(filepath.Join(dir, "runtime.js")); statErr == nil {
			return dir, nil // another process was first
		}
		return "", err
	}
	return dir, nil
}

// nodeBinary is the Node to run the kernel with: JSII_NODE, else the
// project's pinned Node 22 (layout.JSIINode, under the working folder or
// one above it), else node from PATH.
func nodeBinary() string {
	if node := os.Getenv(EnvNode); node != "" {
		return node
	}
	if wd, err := os.Getwd(); err == nil {
		if node := layout.Find(wd, layout.JSIINode); node != "" {
			return node
		}
	}
	return "node"
}

// Close stops the jsii Node process (and removes what the standard runtime
// unpacked into the temporary directory). Call it last: jsii-runtime-go
// 1.106 waits for the process from two goroutines, and the loser prints
// "Runtime process exited abnormally: waitid: no child processes" although
// all went well, so standard error is closed to that report first.
func Close() {
	if devNull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0); err == nil {
		os.Stderr = devNull
	}
	jsii.Close()
}
