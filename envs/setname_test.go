package envs

import (
	"os"
	"path/filepath"
	"testing"
)

func TestSetName(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for dir, want := range map[string]string{
		"envs":                               "",
		"./envs/":                            "",
		filepath.Join(wd, "envs"):            "",
		"examples/pulumi":                    "examples-pulumi",
		filepath.Join(wd, "examples/pulumi"): "examples-pulumi",
		"examples/Cdk_Python":                "examples-cdk-python",
	} {
		if got := SetName(dir); got != want {
			t.Errorf("SetName(%q) = %q, want %q", dir, got, want)
		}
	}
	// Outside the project: the last two parts and a hash of the whole path,
	// so that two such folders never share state.
	a, b := SetName("/srv/one/team/specs"), SetName("/srv/two/team/specs")
	if a == b || a[:len("team-specs-")] != "team-specs-" {
		t.Errorf("folders outside the project named %q and %q", a, b)
	}
	if SetName("../other/specs") == SetName("../else/specs") {
		t.Error("two relative folders outside the project share a name")
	}
}
