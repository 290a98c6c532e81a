// Package layout holds plain facts about the project's layout that tools
// need without building anything: where the pinned CLIs are. It imports no
// jsii binding, so a tool that only reads state or prints a report starts
// no Node process.
package layout

import (
	"os"
	"path/filepath"
	"strings"
)

// CLI is the pinned cdktf CLI (npm ci), relative to the project root.
const CLI = "node_modules/.bin/cdktf"

// JSIINode is the pinned Node 22 that runs the jsii kernel behind the Go
// bindings (npm ci --prefix tools/jsii-node), relative to the project root.
// It is kept apart from the cdktf CLI's packages: the CLI needs node-pty,
// which has no Node 22 build, and a node in node_modules/.bin would become
// the CLI's node under npx.
const JSIINode = "tools/jsii-node/node_modules/.bin/node"

// Find returns the file at rel (a path of this package) under dir or the
// nearest folder above it that has one, or "" without one.
func Find(dir, rel string) string {
	for {
		candidate := filepath.Join(dir, filepath.FromSlash(rel))
		if st, err := os.Stat(candidate); err == nil && !st.IsDir() {
			return candidate
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// ToolsCache is where tools built once per machine and version are kept,
// shared by every clone: $XDG_CACHE_HOME/estate, else ~/.cache/estate (the
// Makefile's TOOLS_CACHE).
func ToolsCache() string {
	if dir := os.Getenv("XDG_CACHE_HOME"); dir != "" {
		return filepath.Join(dir, "estate")
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".cache", "estate")
	}
	return filepath.Join(os.TempDir(), "estate-cache")
}

// TrivyVersion is the security scanner the tests run (the Makefile's
// TRIVY_VERSION, which builds it).
const TrivyVersion = "v0.67.2"

// Trivy is where make trivy builds the scanner.
func Trivy() string { return filepath.Join(ToolsCache(), "trivy-"+TrivyVersion) }

// NetworkStack is the shared network stack's name.
const NetworkStack = "network"

// AppStack is the name of the application stack of environment env, and of
// its copy when suffix (ENVIRONMENT_SUFFIX) is set: app-dev, app-dev-pr7. A
// copy has a stack, and so a state, of its own, beside the environment's.
// (Environment names hold no hyphen, so the name is never ambiguous.)
func AppStack(env, suffix string) string {
	if suffix != "" {
		return "app-" + env + "-" + suffix
	}
	return "app-" + env
}

// ParseAppStack splits an app stack's name into its environment and suffix.
func ParseAppStack(stack string) (env, suffix string, ok bool) {
	rest, ok := strings.CutPrefix(stack, "app-")
	if !ok || rest == "" {
		return "", "", false
	}
	env, suffix, _ = strings.Cut(rest, "-")
	return env, suffix, true
}

// StateDir is where local state lives, relative to the project root, in one
// folder per target (state/local, state/aws), so that a deploy to one target
// can never read or write the other's state.
const StateDir = "state"

// StateFolder is where a deployment keeps its local state, relative to the
// project root: one folder per target, and in it one per spec set other than
// the project's own envs/ (set names it; "" for envs/), so that two sets'
// app-dev never share state.
func StateFolder(target, set string) string {
	if set == "" {
		return StateDir + "/" + target
	}
	return StateDir + "/" + target + "/sets/" + set
}

// StatePath is where stack keeps its local state, relative to the project
// root.
func StatePath(target, set, stack string) string {
	return StateFolder(target, set) + "/" + stack + ".tfstate"
}

// StateKey is where stack keeps its state under an S3 key prefix.
func StateKey(prefix, set, stack string) string {
	if set != "" {
		prefix += "/" + set
	}
	return prefix + "/" + stack + ".tfstate"
}

// Workspace is the HCP Terraform workspace of stack (the cloud backend):
// prefix, then the spec set's name when it is not the default, then the
// stack's.
func Workspace(prefix, set, stack string) string {
	if set != "" {
		return prefix + set + "-" + stack
	}
	return prefix + stack
}
