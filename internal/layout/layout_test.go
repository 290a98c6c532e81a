package layout

import (
	"os"
	"regexp"
	"testing"
)

// TestMakefileAgrees: the Makefile builds the scanner and keeps tools
// where this package says.
func TestMakefileAgrees(t *testing.T) {
	b, err := os.ReadFile("../../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^TRIVY_VERSION := (\S+)$`).FindSubmatch(b)
	if m == nil || string(m[1]) != TrivyVersion {
		t.Errorf("the Makefile's TRIVY_VERSION is %q, layout.TrivyVersion %q", m, TrivyVersion)
	}
	if !regexp.MustCompile(`(?m)^TOOLS_CACHE := \$\(or \$\(XDG_CACHE_HOME\),\$\(HOME\)/\.cache\)/estate$`).Match(b) {
		t.Error("the Makefile's TOOLS_CACHE is not $XDG_CACHE_HOME/estate, else ~/.cache/estate (ToolsCache)")
	}
}

func TestToolsCache(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", "/x/cache")
	if got := ToolsCache(); got != "/x/cache/estate" {
		t.Errorf("with XDG_CACHE_HOME: %s", got)
	}
	t.Setenv("XDG_CACHE_HOME", "")
	t.Setenv("HOME", "/home/u")
	if got := ToolsCache(); got != "/home/u/.cache/estate" {
		t.Errorf("without XDG_CACHE_HOME: %s", got)
	}
}

func TestFind(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(dir+"/a/b/c", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir+"/a/tools/x", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dir+"/a/tools/x/node", nil, 0o755); err != nil {
		t.Fatal(err)
	}
	if got := Find(dir+"/a/b/c", "tools/x/node"); got != dir+"/a/tools/x/node" {
		t.Errorf("Find from below: %q", got)
	}
	if got := Find(dir, "tools/x/node"); got != "" {
		t.Errorf("Find from above: %q, want none", got)
	}
}

// Two spec sets (ENVS_DIR) never share state: not in local state files, not
// under an S3 key prefix.
func TestStatePerSet(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{StatePath("local", "", "app-dev"), "state/local/app-dev.tfstate"},
		{StatePath("local", "examples-pulumi", "app-dev"), "state/local/sets/examples-pulumi/app-dev.tfstate"},
		{StatePath("aws", "examples-pulumi", "network"), "state/aws/sets/examples-pulumi/network.tfstate"},
		{StateKey("estate", "", "app-dev"), "estate/app-dev.tfstate"},
		{StateKey("estate", "examples-pulumi", "app-dev"), "estate/examples-pulumi/app-dev.tfstate"},
	} {
		if c.got != c.want {
			t.Errorf("%s, want %s", c.got, c.want)
		}
	}
}
