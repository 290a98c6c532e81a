package tests

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/jsonpath"
	"github.com/platform/estate/internal/layout"
	"github.com/platform/estate/internal/testbin"
)

// TestConfigManifest: every app stack outputs its environment's effective
// spec as canonical JSON, and that JSON's SHA-256.
func TestConfigManifest(t *testing.T) {
	s := awsSynth(t)
	for _, spec := range s.Project.Environments {
		stack := layout.AppStack(spec.Name, "")
		manifest, _ := jsonpath.Get(s.Docs[stack], "output", "config_manifest", "value").(string)
		hash, _ := jsonpath.Get(s.Docs[stack], "output", "config_hash", "value").(string)
		if manifest == "" || hash == "" {
			t.Fatalf("%s: no config_manifest/config_hash outputs", stack)
		}
		sum := sha256.Sum256([]byte(manifest))
		if hash != hex.EncodeToString(sum[:]) {
			t.Errorf("%s: config_hash %s is not the SHA-256 of config_manifest", stack, hash)
		}
		var got map[string]any
		if err := json.Unmarshal([]byte(manifest), &got); err != nil {
			t.Fatalf("%s: config_manifest is not JSON: %v", stack, err)
		}
		// Every setting, defaults included, at its YAML path.
		for _, st := range spec.Settings() {
			var path []any
			for _, k := range strings.Split(st.Path, ".") {
				path = append(path, k)
			}
			v := jsonpath.Get(got, path...)
			want, _ := json.Marshal(st.Value)
			if b, _ := json.Marshal(v); string(b) != string(want) {
				t.Errorf("%s: manifest %s = %s, want %s", stack, st.Path, b, want)
			}
		}
		if got["environment"] != spec.Name {
			t.Errorf("%s: manifest environment %v", stack, got["environment"])
		}
		// Canonical: re-encoding gives the same bytes (sorted keys, no spaces).
		if again, _ := json.Marshal(got); string(again) != manifest {
			t.Errorf("%s: manifest is not canonical JSON", stack)
		}
		for _, word := range []string{"timestamp", "password"} {
			if strings.Contains(strings.ToLower(manifest), word) {
				t.Errorf("%s: manifest mentions %q", stack, word)
			}
		}
		if m := regexp.MustCompile(`\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}`).FindString(manifest); m != "" {
			t.Errorf("%s: manifest holds a timestamp %s", stack, m)
		}
	}
}

// TestConfigHashIsStable: the hash depends on the spec only: not on the
// target, the run or the state settings; and any setting changes it.
func TestConfigHashIsStable(t *testing.T) {
	aws, local := awsSynth(t), localSynth(t)
	for _, spec := range aws.Project.Environments {
		stack := layout.AppStack(spec.Name, "")
		a := jsonpath.Get(aws.Docs[stack], "output", "config_hash", "value")
		b := jsonpath.Get(local.Docs[stack], "output", "config_hash", "value")
		if a != b || a != spec.ManifestHash() {
			t.Errorf("%s: config_hash differs between runs: %v, %v, %s", stack, a, b, spec.ManifestHash())
		}
	}
	spec := aws.Project.Environments[0]
	changed := spec
	changed.Logs.RetentionDays++
	if changed.ManifestHash() == spec.ManifestHash() {
		t.Error("changing logs.retention_days did not change the hash")
	}
}

// TestRealEnvironmentsAreAtParity: the checked-in environments differ only
// where envs/_parity.yaml allows, and the allowed list only names settings.
func TestRealEnvironmentsAreAtParity(t *testing.T) {
	dir := filepath.Join(projectRoot, "envs")
	specs, problems := envs.LoadDir(dir)
	allowed, parityProblems := envs.LoadParity(dir)
	if len(problems)+len(parityProblems) > 0 {
		t.Fatal(append(problems, parityProblems...))
	}
	report := envs.Parity(specs, allowed)
	if len(report.Violations) > 0 {
		t.Errorf("settings differ without being allowed: %v", report.Violations)
	}
	for _, must := range []string{"database.engine_version", "secrets.rotation_days", "alarms.lambda_throttles"} {
		if _, ok := allowed[must]; ok {
			t.Errorf("%s may differ between environments; it must not", must)
		}
	}
}

// TestParity covers the comparison and the allowed list's problems.
func TestParity(t *testing.T) {
	tool := estateTool(t) // before writeEnvs changes the directory
	writeEnvs(t, map[string]string{
		"dev.yaml":      with("database:", "  engine_version: \"15.6\"", "  instance_count: 1"),
		"prod.yaml":     strings.Replace(with("database:", "  instance_count: 2"), "10.0.0.0/16", "10.1.0.0/16", 1),
		envs.ParityFile: "may_differ:\n  network.cidr: own ranges\n  database.instance_count: sized\n",
	})
	specs, problems := envs.LoadDir("envs")
	allowed, parityProblems := envs.LoadParity("envs")
	if len(problems)+len(parityProblems) > 0 {
		t.Fatal(append(problems, parityProblems...))
	}
	report := envs.Parity(specs, allowed)
	if !reflect.DeepEqual(report.Violations, []string{"database.engine_version"}) {
		t.Errorf("violations %v, want only database.engine_version", report.Violations)
	}
	for _, s := range report.Settings {
		switch s.Path {
		case "network.cidr", "database.instance_count":
			if !s.Differs || !s.Allowed || s.Violation() {
				t.Errorf("%s: %+v, want an allowed difference", s.Path, s)
			}
		case "database.engine_version":
			if s.Values["dev"] != "15.6" || s.Values["prod"] != "15.8" {
				t.Errorf("engine versions %v", s.Values)
			}
		case "region":
			if s.Differs {
				t.Errorf("region differs: %v", s.Values)
			}
		}
	}

	// The command: exit 1 and JSON with the violation.
	out, err := exec.Command(tool, "parity", "-json").Output()
	if exit, ok := err.(*exec.ExitError); !ok || exit.ExitCode() != 1 {
		t.Fatalf("estate parity -json: %v, want exit status 1", err)
	}
	var doc struct {
		Environments []string `json:"environments"`
		Violations   []string `json:"violations"`
		Settings     []struct {
			Setting string         `json:"setting"`
			Values  map[string]any `json:"values"`
			Differs bool           `json:"differs"`
			Allowed bool           `json:"allowed"`
			Reason  string         `json:"reason"`
		} `json:"settings"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("parity -json is not JSON: %v\n%s", err, out)
	}
	if !reflect.DeepEqual(doc.Environments, []string{"dev", "prod"}) || !reflect.DeepEqual(doc.Violations, []string{"database.engine_version"}) || len(doc.Settings) != len(specs[0].Settings()) {
		t.Errorf("parity -json: %s", out)
	}
	table, err := exec.Command(tool, "parity").CombinedOutput()
	if err == nil || !strings.Contains(string(table), "✗  database.engine_version") || !strings.Contains(string(table), "may differ: sized") {
		t.Errorf("parity table (err %v):\n%s", err, table)
	}
}

func TestParityFileProblems(t *testing.T) {
	writeEnvs(t, map[string]string{
		"dev.yaml":      minimal,
		envs.ParityFile: "may_differ:\n  database.size: big\n  network.nat: \"\"\n",
	})
	_, problems := envs.LoadParity("envs")
	want := []string{
		"envs/_parity.yaml: may_differ.database.size: is not a spec setting; use a path such as database.instance_class (every setting: make parity)",
		"envs/_parity.yaml: may_differ.network.nat: has no reason; say why this setting may differ between environments",
	}
	if got := problems.Strings(); !reflect.DeepEqual(got, want) {
		t.Errorf("got:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// estateTool is tools/estate, built once per test binary.
func estateTool(t *testing.T) string { return testbin.Command(t, projectRoot, "./tools/estate") }

// TestUnknownEnvironmentInACommand: make up / make drift with an
// environment that has no spec exit 1, say which exist, and write nothing.
func TestUnknownEnvironmentInACommand(t *testing.T) {
	tool := estateTool(t)
	root, _ := filepath.Abs(projectRoot)
	for _, args := range [][]string{{"up", "-env", "qa"}, {"drift", "-env", "qa"}} {
		work := t.TempDir()
		cmd := exec.Command(tool, append(args, "-workdir", work)...)
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "TARGET=local", "ALLOW_DESTROY=", "STATE_BACKEND=", "ENVIRONMENT_SUFFIX=")
		out, err := cmd.CombinedOutput()
		if exit, ok := err.(*exec.ExitError); !ok || exit.ExitCode() != 1 {
			t.Errorf("estate %v: %v, want exit status 1", args, err)
		}
		want := "estate: ENV=qa: no such environment; use one of dev, prod, staging (a file in envs/ each)\n"
		if string(out) != want {
			t.Errorf("estate %v said:\n%s\nwant:\n%s", args, out, want)
		}
		if entries, _ := os.ReadDir(work); len(entries) != 0 {
			t.Errorf("estate %v wrote %d entries into its work folder", args, len(entries))
		}
	}
}
