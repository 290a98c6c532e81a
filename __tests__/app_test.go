package tests

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/platform/estate/internal/jsonpath"
	"github.com/platform/estate/internal/layout"
	"github.com/platform/estate/stacks"
)

func TestStackNames(t *testing.T) {
	s := awsSynth(t)
	want := []string{layout.NetworkStack}
	for _, spec := range s.Project.Environments {
		want = append(want, "app-"+spec.Name)
	}
	var manifest struct {
		Stacks map[string]struct {
			Dependencies []string `json:"dependencies"`
		} `json:"stacks"`
	}
	b, err := os.ReadFile(filepath.Join(s.Outdir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &manifest); err != nil {
		t.Fatal(err)
	}
	if len(manifest.Stacks) != len(want) {
		t.Errorf("manifest has %d stacks, want %v", len(manifest.Stacks), want)
	}
	for _, name := range want {
		st, ok := manifest.Stacks[name]
		if !ok {
			t.Errorf("no stack %q in the manifest", name)
			continue
		}
		// cdktf deploy orders app stacks after the network stack.
		if name != layout.NetworkStack && strings.Join(st.Dependencies, ",") != layout.NetworkStack {
			t.Errorf("stack %s depends on %v, want [network]", name, st.Dependencies)
		}
	}
	if len(s.Project.Environments) < 3 {
		t.Errorf("want at least dev, staging and prod, got %d environments", len(s.Project.Environments))
	}
}

func TestAppStacks(t *testing.T) {
	s := awsSynth(t)
	for _, spec := range s.Project.Environments {
		stack := layout.AppStack(spec.Name, "")
		t.Run(stack, func(t *testing.T) {
			assertProvider(t, s, stack, "aws", map[string]any{
				"region":       spec.Region,
				"default_tags": defaultTags(spec),
			})
			if alias := jsonpath.Get(s.Docs[stack], "provider", "aws"); strings.Contains(mustJSON(alias), `"alias"`) {
				t.Errorf("app stack provider is aliased; want the stack's default provider: %s", mustJSON(alias))
			}
			assertResource(t, s, stack, "aws_kms_key", map[string]any{
				"enable_key_rotation":     true,
				"deletion_window_in_days": float64(spec.KMS.DeletionWindowDays),
			})
			assertResource(t, s, stack, "aws_kms_alias", map[string]any{"name": "alias/estate-" + spec.Name})
			// Every security group lists all its rules inline (so that a
			// rule added out of band is drift, which the next deploy
			// removes), and no rule lives on its own. Only the database
			// admits anything, and only from the API's security group;
			// nothing is open to an address range.
			for _, typ := range []string{"aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule", "aws_security_group_rule"} {
				if rules := resourcesOf(s.Docs[stack], "resource", typ); len(rules) > 0 {
					t.Errorf("%d %s: rules of their own are not exclusive", len(rules), typ)
				}
			}
			var admitting []string
			for name, sg := range resourcesOf(s.Docs[stack], "resource", "aws_security_group") {
				ingress, iok := sg["ingress"].([]any)
				_, eok := sg["egress"].([]any)
				if !iok || !eok {
					t.Errorf("security group %s does not list its ingress and egress rules in full: %s", name, mustJSON(sg))
				}
				for _, rule := range ingress {
					r := rule.(map[string]any)
					if r["cidr_blocks"] != nil || r["ipv6_cidr_blocks"] != nil || r["security_groups"] == nil || r["from_port"] != 5432.0 {
						t.Errorf("security group %s admits more than PostgreSQL from a security group: %s", name, mustJSON(r))
					}
					admitting = append(admitting, name)
				}
			}
			if want := []string{"database_sg_18332A00"}; !slices.Equal(admitting, want) {
				t.Errorf("security groups with ingress rules %v, want %v (PostgreSQL from the API)", admitting, want)
			}
		})
	}
}

// TestCrossStackWiring checks on the app's real synthesis (the plain
// Testing_Synth of one stack adds no remote-state wiring) that each app stack
// reads its VPC from the network stack's state.
func TestCrossStackWiring(t *testing.T) {
	s := awsSynth(t)
	netOutputs, _ := s.Docs[layout.NetworkStack]["output"].(map[string]any)
	for _, spec := range s.Project.Environments {
		stack := layout.AppStack(spec.Name, "")
		t.Run(stack, func(t *testing.T) {
			doc := s.Docs[stack]
			remote := resourcesOf(doc, "data", "terraform_remote_state")
			rs, ok := remote["cross-stack-reference-input-network"]
			if !ok || len(remote) != 1 {
				t.Fatalf("want exactly one remote state read of the network stack, got %s", mustJSON(remote))
			}
			if rs["backend"] != "local" || jsonpath.Get(rs, "config", "path") != "../../../state/aws/network.tfstate" {
				t.Errorf("remote state of the network stack: got %s, want the local backend at ../../../state/aws/network.tfstate", mustJSON(rs))
			}
			var vpcRef string
			for _, sg := range resourcesOf(doc, "resource", "aws_security_group") {
				vpcRef, _ = sg["vpc_id"].(string)
			}
			m := regexp.MustCompile(`^\$\{data\.terraform_remote_state\.cross-stack-reference-input-network\.outputs\.([^}]+)\}$`).FindStringSubmatch(vpcRef)
			if m == nil {
				t.Fatalf("security group vpc_id = %q, want a read of the network stack's outputs", vpcRef)
			}
			out, ok := netOutputs[m[1]].(map[string]any)
			if !ok {
				t.Fatalf("the network stack has no output %q", m[1])
			}
			// The output must be this environment's VPC, not another's.
			want := "${aws_vpc." + spec.Name + "_network_vpc_"
			if v, _ := out["value"].(string); !strings.HasPrefix(v, want) || !strings.HasSuffix(v, ".id}") {
				t.Errorf("network output %s = %v, want the id of %s's VPC", m[1], out["value"], spec.Name)
			}
		})
	}
}

func TestConstraintsAndLocalBackend(t *testing.T) {
	s := awsSynth(t)
	for _, name := range s.StackNames() {
		doc := s.Docs[name]
		if v := jsonpath.Get(doc, "terraform", "required_providers", "aws", "version"); v != stacks.AWSProviderConstraint {
			t.Errorf("%s: aws provider constraint %v, want %q (must admit 5.100.0)", name, v, stacks.AWSProviderConstraint)
		}
		if v := jsonpath.Get(doc, "terraform", "required_version"); v != stacks.TerraformConstraint {
			t.Errorf("%s: Terraform constraint %v, want %q", name, v, stacks.TerraformConstraint)
		}
		if v := jsonpath.Get(doc, "terraform", "backend", "local", "path"); v != "../../../state/aws/"+name+".tfstate" {
			t.Errorf("%s: local state path %v, want ../../../state/aws/%s.tfstate", name, v, name)
		}
	}
	// The local target keeps its state apart.
	local := localSynth(t)
	for _, name := range local.StackNames() {
		if v := jsonpath.Get(local.Docs[name], "terraform", "backend", "local", "path"); v != "../../../state/local/"+name+".tfstate" {
			t.Errorf("local target, %s: state path %v, want ../../../state/local/%s.tfstate", name, v, name)
		}
	}
}

// TestNoMachinePaths makes sure nothing of the machine that synthesized leaks
// into the output: not the output directory, the working directory, the
// home directory or any other absolute path.
func TestNoMachinePaths(t *testing.T) {
	s := awsSynth(t)
	wd, _ := os.Getwd()
	home, _ := os.UserHomeDir()
	leaks := []string{s.Outdir, wd, filepath.Dir(wd), os.TempDir()}
	if home != "" && home != "/" {
		leaks = append(leaks, home)
	}
	absolute := regexp.MustCompile(`"(/(home|root|tmp|var|usr|opt|work|Users|private)/[^"]*)"`)
	for _, name := range s.StackNames() {
		b := s.Files[name]
		for _, leak := range leaks {
			if bytes.Contains(b, []byte(leak)) {
				t.Errorf("%s contains the machine path %s", name, leak)
			}
		}
		if m := absolute.FindSubmatch(b); m != nil {
			t.Errorf("%s contains the absolute path %s", name, m[1])
		}
	}
}

// TestS3BackendAndSuffix synthesizes with S3 state and a deployment suffix:
// the same code, selected by configuration. A suffixed copy of an
// environment has app stacks and state of its own (app-dev-pr7), beside the
// environment's, and reads the environment's network.
func TestS3BackendAndSuffix(t *testing.T) {
	s := s3SuffixSynth(t)
	want := []string{layout.NetworkStack}
	for _, spec := range s.Project.Environments {
		want = append(want, layout.AppStack(spec.Name, "pr7"))
	}
	slices.Sort(want)
	if got := s.StackNames(); !slices.Equal(got, want) {
		t.Fatalf("stacks %v, want %v", got, want)
	}
	for _, name := range s.StackNames() {
		doc := s.Docs[name]
		want := map[string]any{
			"bucket":         "acme-terraform-state",
			"key":            "platform/estate/" + name + ".tfstate",
			"region":         "us-east-1",
			"encrypt":        true,
			"use_lockfile":   true,
			"dynamodb_table": "terraform-locks",
		}
		if got := jsonpath.Get(doc, "terraform", "backend", "s3"); mustJSON(got) != mustJSON(want) {
			t.Errorf("%s: s3 backend %s, want %s", name, mustJSON(got), mustJSON(want))
		}
		if jsonpath.Get(doc, "terraform", "backend", "local") != nil {
			t.Errorf("%s: still has a local backend", name)
		}
	}
	for _, spec := range s.Project.Environments {
		stack := layout.AppStack(spec.Name, "pr7")
		rs := resourcesOf(s.Docs[stack], "data", "terraform_remote_state")["cross-stack-reference-input-network"]
		if rs["backend"] != "s3" || jsonpath.Get(rs, "config", "key") != "platform/estate/network.tfstate" || jsonpath.Get(rs, "config", "bucket") != "acme-terraform-state" {
			t.Errorf("%s: remote state read does not follow the S3 backend: %s", stack, mustJSON(rs))
		}
		prefix := "estate-" + spec.Name + "-pr7"
		assertResource(t, s, stack, "aws_kms_alias", map[string]any{"name": "alias/" + prefix})
		assertResource(t, s, stack, "aws_security_group", map[string]any{"name": prefix + "-api"})
		assertProvider(t, s, stack, "aws", map[string]any{
			"default_tags": []any{map[string]any{"tags": map[string]any{"DeploymentSuffix": "pr7"}}},
		})
		// The network is the environment's, without the suffix.
		assertResource(t, s, layout.NetworkStack, "aws_vpc", map[string]any{"tags": map[string]any{"Name": "estate-" + spec.Name + "-vpc"}})
		assertResource(t, s, layout.NetworkStack, "aws_iam_role", map[string]any{"name": "estate-" + spec.Name + "-flow-logs"})
	}
}

// TestCopyLeavesTheNetworkAlone: with a suffix, the network stack
// synthesizes to the same resources and outputs as without, so that a copy
// can never change the network its environment runs on.
func TestCopyLeavesTheNetworkAlone(t *testing.T) {
	copied, plain := s3SuffixSynth(t).Docs[layout.NetworkStack], awsSynth(t).Docs[layout.NetworkStack]
	for _, section := range []string{"resource", "data", "output", "provider"} {
		if a, b := mustJSON(copied[section]), mustJSON(plain[section]); a != b {
			t.Errorf("the network's %s differ with ENVIRONMENT_SUFFIX=pr7:\n%.400s\nwithout:\n%.400s", section, a, b)
		}
	}
}

// TestNamesCarryTheSuffix checks that every name-like attribute of every
// resource of a copy's app stacks carries the suffix, so two copies of one
// environment can coexist.
func TestNamesCarryTheSuffix(t *testing.T) {
	s := s3SuffixSynth(t)
	for _, stack := range s.StackNames() {
		if stack == layout.NetworkStack {
			continue
		}
		byType, _ := s.Docs[stack]["resource"].(map[string]any)
		for typ, items := range byType {
			for name, v := range items.(map[string]any) {
				it := v.(map[string]any)
				for _, attr := range []string{"name", "identifier", "cluster_identifier", "bucket", "function_name", "alarm_name", "dashboard_name"} {
					val, ok := it[attr].(string)
					if !ok || typ == "aws_iam_role_policy" || isReference(val) {
						// Inline role policies are named within their role;
						// a reference names what it refers to.
						continue
					}
					if !strings.Contains(val, "-pr7") {
						t.Errorf("%s: %s.%s %s = %q lacks the deployment suffix", stack, typ, name, attr, val)
					}
				}
				if n := tag(it, "Name"); n != "" && !strings.Contains(n, "-pr7") {
					t.Errorf("%s: %s.%s Name tag %q lacks the deployment suffix", stack, typ, name, n)
				}
			}
		}
	}
}

// isReference reports whether a value is one Terraform reference.
func isReference(v string) bool {
	return strings.HasPrefix(v, "${") && strings.HasSuffix(v, "}") && strings.Count(v, "${") == 1
}
