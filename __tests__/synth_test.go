// Package tests checks the synthesized stacks with the cdktf Testing helpers,
// golden files and the real cdktf CLI.
//
// The app is synthesized once per test binary (every jsii call is a round trip
// to one Node process) and every test asserts on that one result.
package tests

import (
	"github.com/platform/estate/internal/jsonpath"

	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/jsiiruntime"
	"github.com/platform/estate/internal/layout"
	"github.com/platform/estate/internal/terraformrc"
	"github.com/platform/estate/stacks"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ from this synth")

// projectRoot is the repository root, seen from this package's directory.
const projectRoot = ".."

// synthesized is one synthesis of the app.
type synthesized struct {
	project *envs.Project
	estate  *stacks.Estate
	// outdir is where app.Synth wrote, as cdktf synth would.
	outdir string
	// files holds each stack's cdk.tf.json as app.Synth wrote it, by name.
	files map[string][]byte
	// docs holds the same, decoded.
	docs map[string]map[string]any
	// testingSynth holds the path of a file with each stack's
	// cdktf.Testing_Synth output (metadata stripped), for the matchers.
	testingSynth map[string]string
}

// stackNames returns the names of all synthesized stacks, sorted.
func (s *synthesized) stackNames() []string {
	names := make([]string, 0, len(s.files))
	for n := range s.files {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// stack returns the construct of a stack by name.
func (s *synthesized) stack(name string) cdktf.TerraformStack {
	if name == layout.NetworkStack {
		return s.estate.Network.Stack
	}
	for _, a := range s.estate.Apps {
		if layout.AppStack(a.Spec.Name) == name {
			return a.Stack
		}
	}
	panic("no stack " + name)
}

// getenvFrom makes a getenv over a fixed map, so that the tests never depend
// on the caller's environment variables.
func getenvFrom(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

// synthesize loads the project with vars as its environment and synthesizes
// the whole app the way main.go does, on a cdktf.Testing_App.
func synthesize(vars map[string]string) (*synthesized, error) {
	project, err := envs.Load(filepath.Join(projectRoot, "envs"), getenvFrom(vars))
	if err != nil {
		return nil, err
	}
	outdir, err := os.MkdirTemp("", "estate-synth-")
	if err != nil {
		return nil, err
	}
	// The same settings as main.go's app: real version, no future flags, no
	// stack traces, so that the output is byte for byte what cdktf synth writes.
	app := cdktf.Testing_App(&cdktf.TestingAppConfig{
		Outdir:            jsii.String(outdir),
		StackTraces:       jsii.Bool(false),
		StubVersion:       jsii.Bool(false),
		EnableFutureFlags: jsii.Bool(false),
	})
	estate, err := stacks.Build(app, project)
	if err != nil {
		return nil, err
	}
	app.Synth()

	s := &synthesized{
		project: project, estate: estate, outdir: outdir,
		files: map[string][]byte{}, docs: map[string]map[string]any{}, testingSynth: map[string]string{},
	}
	dirs, err := os.ReadDir(filepath.Join(outdir, "stacks"))
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		name := d.Name()
		b, err := os.ReadFile(filepath.Join(outdir, "stacks", name, "cdk.tf.json"))
		if err != nil {
			return nil, err
		}
		var doc map[string]any
		if err := json.Unmarshal(b, &doc); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		s.files[name], s.docs[name] = b, doc
	}
	for _, name := range s.stackNames() {
		path := filepath.Join(outdir, name+".testing-synth.json")
		if err := os.WriteFile(path, []byte(*cdktf.Testing_Synth(s.stack(name), jsii.Bool(false))), 0o644); err != nil {
			return nil, err
		}
		s.testingSynth[name] = path
	}
	return s, nil
}

// lazySynth synthesizes the app with some settings on first use only, so
// that tests without jsii stay fast, and shares the result.
type lazySynth struct {
	what string
	vars map[string]string
	once sync.Once
	run  *synthesized
	err  error
}

func (l *lazySynth) get(t *testing.T) *synthesized {
	t.Helper()
	l.once.Do(func() { l.run, l.err = synthesize(l.vars) })
	if l.err != nil {
		t.Fatalf("synthesizing the app %s: %v", l.what, l.err)
	}
	return l.run
}

var (
	// awsRun is the app for the AWS target, as `TARGET=aws cdktf synth`
	// builds it with no other settings (local state, no suffix): what the
	// golden files hold and a reviewer reads.
	awsRun = &lazySynth{what: "for the AWS target", vars: map[string]string{envs.EnvTarget: envs.TargetAWS}}
	// localRun is the app as `cdktf synth` builds it with no settings at
	// all: the local (emulator) target.
	localRun = &lazySynth{what: "with default settings (local target)"}
	// s3SuffixRun is the app for AWS with S3 state, a deployment suffix,
	// and the data protection of prod lifted (ALLOW_DESTROY).
	s3SuffixRun = &lazySynth{what: "with S3 state, a suffix and ALLOW_DESTROY=prod", vars: map[string]string{
		envs.EnvTarget:         envs.TargetAWS,
		envs.EnvAllowDestroy:   "prod",
		envs.EnvSuffix:         "pr7",
		envs.EnvStateBackend:   envs.BackendS3,
		envs.EnvStateBucket:    "acme-terraform-state",
		envs.EnvStateRegion:    "us-east-1",
		envs.EnvStateKeyPrefix: "platform/estate",
		envs.EnvStateLockTable: "terraform-locks",
	}}
)

func awsSynth(t *testing.T) *synthesized      { return awsRun.get(t) }
func s3SuffixSynth(t *testing.T) *synthesized { return s3SuffixRun.get(t) }
func localSynth(t *testing.T) *synthesized    { return localRun.get(t) }

// defaultTags are the provider default tags of spec's environment.
func defaultTags(spec envs.Spec) []any {
	return []any{map[string]any{"tags": map[string]any{
		"Application": envs.Application,
		"Environment": spec.Name,
		"ManagedBy":   "cdktf",
		"CostCenter":  spec.Tags.CostCenter,
		"Owner":       spec.Tags.Owner,
	}}}
}

func TestMain(m *testing.M) {
	flag.Parse()
	// Terraform (validate) runs with the project's CLI configuration: its
	// provider mirror and plugin cache. jsiiruntime.Start then runs jsii the
	// estate's way, as main.go does.
	config, _, err := terraformrc.Write(projectRoot, os.Getenv)
	if err == nil {
		for k, v := range map[string]string{"TF_CLI_CONFIG_FILE": config, "CHECKPOINT_DISABLE": "1", "TF_IN_AUTOMATION": "1"} {
			os.Setenv(k, v)
		}
		err = jsiiruntime.Start()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "preparing the tests:", err)
		os.Exit(1)
	}
	code := m.Run()
	for _, l := range []*lazySynth{awsRun, localRun, s3SuffixRun} {
		if l.run != nil {
			os.RemoveAll(l.run.outdir)
		}
	}
	// The tests have written everything by now.
	jsiiruntime.Close()
	os.Exit(code)
}

// assertResource asserts with cdktf's matcher that stack has a resource of
// type with (at least) props.
func assertResource(t *testing.T, s *synthesized, stack, typ string, props map[string]any) {
	t.Helper()
	if !*cdktf.Testing_ToHaveResourceWithProperties(jsii.String(s.testingSynth[stack]), jsii.String(typ), &props) {
		t.Errorf("%s: no %s with %s; the stack has:\n%s", stack, typ, mustJSON(props), mustJSON(resourcesOf(s.docs[stack], "resource", typ)))
	}
}

// assertDataSource is assertResource for data sources.
func assertDataSource(t *testing.T, s *synthesized, stack, typ string, props map[string]any) {
	t.Helper()
	if !*cdktf.Testing_ToHaveDataSourceWithProperties(jsii.String(s.testingSynth[stack]), jsii.String(typ), &props) {
		t.Errorf("%s: no data source %s with %s; the stack has:\n%s", stack, typ, mustJSON(props), mustJSON(resourcesOf(s.docs[stack], "data", typ)))
	}
}

// assertProvider is assertResource for providers.
func assertProvider(t *testing.T, s *synthesized, stack, typ string, props map[string]any) {
	t.Helper()
	if !*cdktf.Testing_ToHaveProviderWithProperties(jsii.String(s.testingSynth[stack]), jsii.String(typ), &props) {
		t.Errorf("%s: no provider %s with %s; the stack has:\n%s", stack, typ, mustJSON(props), mustJSON(s.docs[stack]["provider"]))
	}
}

// resourcesOf returns the blocks of one type of kind ("resource" or "data"),
// by logical name.
func resourcesOf(doc map[string]any, kind, typ string) map[string]map[string]any {
	out := map[string]map[string]any{}
	byType, _ := doc[kind].(map[string]any)
	items, _ := byType[typ].(map[string]any)
	for name, v := range items {
		out[name], _ = v.(map[string]any)
	}
	return out
}

func mustJSON(v any) string {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// countWhere counts the resources of typ whose tags.Tier (or any predicate) holds.
func countWhere(items map[string]map[string]any, pred func(map[string]any) bool) int {
	n := 0
	for _, it := range items {
		if pred(it) {
			n++
		}
	}
	return n
}

func tag(it map[string]any, key string) string {
	s, _ := jsonpath.Get(it, "tags", key).(string)
	return s
}

// providerRef is how a resource of the network stack names env's provider.
func providerRef(env string) string { return "aws." + env }

func hasPrefixAny(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
