// Package tests checks the synthesized stacks with the cdktf Testing helpers,
// golden files and the real cdktf CLI.
//
// The app is synthesized once per test binary (every jsii call is a round trip
// to one Node process) and every test asserts on that one result.
package tests

import (
	"encoding/json"
	"flag"
	"fmt"
	"strings"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/jsonpath"
	"github.com/platform/estate/internal/synthtest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ from this synth")

// projectRoot is the repository root, seen from this package's directory.
const projectRoot = ".."

// synthesized is one synthesis of the app.
type synthesized = synthtest.Synthesis

var (
	// awsRun is the app for the AWS target, as `TARGET=aws cdktf synth`
	// builds it with no other settings (local state, no suffix): what the
	// golden files hold and a reviewer reads.
	awsRun = &synthtest.Lazy{What: "for the AWS target", Root: projectRoot, Vars: map[string]string{envs.EnvTarget: envs.TargetAWS}}
	// localRun is the app as `cdktf synth` builds it with no settings at
	// all: the local (emulator) target.
	localRun = &synthtest.Lazy{What: "with default settings (local target)", Root: projectRoot}
	// s3SuffixRun is the app for AWS with S3 state, a deployment suffix,
	// and the data protection of prod lifted (ALLOW_DESTROY).
	s3SuffixRun = &synthtest.Lazy{What: "with S3 state, a suffix and ALLOW_DESTROY=prod", Root: projectRoot, Vars: map[string]string{
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

func awsSynth(t *testing.T) *synthesized      { return awsRun.Get(t) }
func s3SuffixSynth(t *testing.T) *synthesized { return s3SuffixRun.Get(t) }
func localSynth(t *testing.T) *synthesized    { return localRun.Get(t) }

// getenvFrom makes a getenv over a fixed map.
var getenvFrom = synthtest.Getenv

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
	synthtest.Main(m, projectRoot, awsRun, localRun, s3SuffixRun, guardrailApp)
}

// assertResource asserts with cdktf's matcher that stack has a resource of
// type with (at least) props.
func assertResource(t *testing.T, s *synthesized, stack, typ string, props map[string]any) {
	t.Helper()
	if !*cdktf.Testing_ToHaveResourceWithProperties(jsii.String(s.TestingSynth[stack]), jsii.String(typ), &props) {
		t.Errorf("%s: no %s with %s; the stack has:\n%s", stack, typ, mustJSON(props), mustJSON(resourcesOf(s.Docs[stack], "resource", typ)))
	}
}

// assertDataSource is assertResource for data sources.
func assertDataSource(t *testing.T, s *synthesized, stack, typ string, props map[string]any) {
	t.Helper()
	if !*cdktf.Testing_ToHaveDataSourceWithProperties(jsii.String(s.TestingSynth[stack]), jsii.String(typ), &props) {
		t.Errorf("%s: no data source %s with %s; the stack has:\n%s", stack, typ, mustJSON(props), mustJSON(resourcesOf(s.Docs[stack], "data", typ)))
	}
}

// assertProvider is assertResource for providers.
func assertProvider(t *testing.T, s *synthesized, stack, typ string, props map[string]any) {
	t.Helper()
	if !*cdktf.Testing_ToHaveProviderWithProperties(jsii.String(s.TestingSynth[stack]), jsii.String(typ), &props) {
		t.Errorf("%s: no provider %s with %s; the stack has:\n%s", stack, typ, mustJSON(props), mustJSON(s.Docs[stack]["provider"]))
	}
}

// resourcesOf returns the blocks of one type of kind ("resource" or "data"),
// by logical name.
var resourcesOf = synthtest.ResourcesOf

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
