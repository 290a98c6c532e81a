package adopt

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// goldens are the synthesized stacks of envs/ (__tests__ keeps them byte
// for byte).
func goldens(t *testing.T) map[string]map[string]any {
	t.Helper()
	files, err := filepath.Glob("../../__tests__/testdata/*.tf.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden stacks found: %v", err)
	}
	out := map[string]map[string]any{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var stack map[string]any
		if err := json.Unmarshal(b, &stack); err != nil {
			t.Fatal(err)
		}
		out[strings.TrimSuffix(filepath.Base(f), ".tf.json")] = stack
	}
	return out
}

// Every resource type the estate deploys is classified, and the objects
// found by a name or Name tag have one each within their type and region
// (else a lookup could take another resource's object).
func TestEveryTypeIsClassifiedAndNamesAreUnique(t *testing.T) {
	seen := map[string]string{}
	for name, stack := range goldens(t) {
		if u := Unclassified(stack); len(u) > 0 {
			t.Errorf("%s: resource types internal/adopt does not classify: %v", name, u)
		}
		resources, err := Resources(stack)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, r := range resources {
			k := kinds[r.Type]
			if k.upsert || isChild(k) {
				continue
			}
			key, ok := resolveKey(r, k, State{}, nil, nil, Facts{AccountID: "123456789012", Partition: "aws"})
			if !ok {
				// Names made of references (a function's name from
				// another resource) stay unresolved without state.
				if _, literal := r.Config[k.key["name"]].(string); literal && !strings.HasPrefix(k.key["name"], "tags.") {
					continue
				}
				t.Errorf("%s: %s has no name to find it by", name, r.Address())
				continue
			}
			id := r.Type + " " + r.Region + " " + key["name"]
			if other, dup := seen[id]; dup {
				t.Errorf("%s and %s/%s are both found as %q", other, name, r.Address(), id)
			}
			seen[id] = name + "/" + r.Address()
		}
	}
	if len(seen) < 50 {
		t.Errorf("only %d named objects checked; the goldens were not read", len(seen))
	}
}

// fakeCloud holds objects by type and key.
type fakeCloud struct {
	objects map[string]string // "type key" → id
	asked   []string
	fail    map[string]error
}

func keyOf(l Lookup) string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(l.Key)) {
		parts = append(parts, k+"="+l.Key[k])
	}
	return l.Type + " " + strings.Join(parts, ",")
}

func (f *fakeCloud) Find(_ context.Context, l Lookup) (string, error) {
	k := keyOf(l)
	f.asked = append(f.asked, k)
	if err := f.fail[k]; err != nil {
		return "", err
	}
	return f.objects[k], nil
}

const network = `{
  "data": {"aws_caller_identity": {"me": {}}},
  "provider": {"aws": [{"alias": "dev", "region": "us-east-2"}]},
  "resource": {
    "aws_vpc": {"vpc": {"provider": "aws.dev", "tags": {"Name": "estate-dev-vpc"}}},
    "aws_subnet": {
      "a": {"provider": "aws.dev", "vpc_id": "${aws_vpc.vpc.id}", "tags": {"Name": "estate-dev-a"}},
      "b": {"provider": "aws.dev", "vpc_id": "${aws_vpc.vpc.id}", "tags": {"Name": "estate-dev-b"}}
    },
    "aws_route_table": {"rt": {"provider": "aws.dev", "tags": {"Name": "estate-dev-rt"}}},
    "aws_route_table_association": {
      "a": {"provider": "aws.dev", "subnet_id": "${aws_subnet.a.id}", "route_table_id": "${aws_route_table.rt.id}"},
      "b": {"provider": "aws.dev", "subnet_id": "${aws_subnet.b.id}", "route_table_id": "${aws_route_table.rt.id}"}
    },
    "aws_route": {"default": {"provider": "aws.dev", "route_table_id": "${aws_route_table.rt.id}", "destination_cidr_block": "0.0.0.0/0"}},
    "aws_s3_bucket": {"data": {"provider": "aws.dev", "bucket": "estate-dev-${data.aws_caller_identity.me.account_id}"}},
    "aws_s3_bucket_versioning": {"data": {"provider": "aws.dev", "bucket": "${aws_s3_bucket.data.id}"}},
    "aws_iam_role": {"role": {"provider": "aws.dev", "name": "estate-dev-role"}}
  }
}`

func parse(t *testing.T, s string) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// A deploy killed after creating the VPC, one subnet, the route table and
// the bucket, having recorded only the role: those are adopted with the
// ids the cloud has; children are found under their adopted parents; what
// was never created (subnet b, its association, the route) is left for
// Terraform to create; what the state has is not looked up.
func TestPlanAdoptsWhatTheStateLacks(t *testing.T) {
	cloud := &fakeCloud{objects: map[string]string{
		"aws_vpc name=estate-dev-vpc":                                   "vpc-1",
		"aws_subnet name=estate-dev-a":                                  "subnet-a",
		"aws_route_table name=estate-dev-rt":                            "rtb-1",
		"aws_route_table_association route_table=rtb-1,subnet=subnet-a": "subnet-a/rtb-1",
		"aws_s3_bucket name=estate-dev-123456789012":                    "estate-dev-123456789012",
	}}
	state := State{"aws_iam_role.role": {"id": "estate-dev-role"}}
	imports, err := Plan(context.Background(), parse(t, network), state, Facts{AccountID: "123456789012", Partition: "aws"}, cloud)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal(imports)
	want := `[{"to":"aws_route_table.rt","id":"rtb-1","provider":"aws.dev"},` +
		`{"to":"aws_s3_bucket.data","id":"estate-dev-123456789012","provider":"aws.dev"},` +
		`{"to":"aws_subnet.a","id":"subnet-a","provider":"aws.dev"},` +
		`{"to":"aws_vpc.vpc","id":"vpc-1","provider":"aws.dev"},` +
		`{"to":"aws_route_table_association.a","id":"subnet-a/rtb-1","provider":"aws.dev"}]`
	if string(got) != want {
		t.Errorf("imports:\n got %s\nwant %s", got, want)
	}
	for _, asked := range cloud.asked {
		if strings.HasPrefix(asked, "aws_iam_role") || strings.HasPrefix(asked, "aws_s3_bucket_versioning") {
			t.Errorf("asked the cloud for %q: the state has it, or creating it again is harmless", asked)
		}
		if strings.Contains(asked, "subnet-b") || strings.Contains(asked, "${") {
			t.Errorf("asked the cloud for %q, whose parent does not exist", asked)
		}
	}
	if !slices.Contains(cloud.asked, "aws_route destination=0.0.0.0/0,route_table=rtb-1") {
		t.Errorf("the route was not looked up in its adopted table; asked %v", cloud.asked)
	}

	b, err := ImportJSON(imports[:1])
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"import":[{"to":"aws_route_table.rt","id":"rtb-1","provider":"aws.dev"}]}`; strings.Join(strings.Fields(string(b)), "") != want {
		t.Errorf("import file: %s, want %s", b, want)
	}
}

// Two objects for one resource (a duplicate an earlier run left), a cloud
// that cannot be asked, a type nobody classified: Plan stops and says which
// resource.
func TestPlanRefusesWhatItCannotTell(t *testing.T) {
	cloud := &fakeCloud{fail: map[string]error{"aws_vpc name=estate-dev-vpc": errors.New(`2 objects named "estate-dev-vpc"`)}}
	_, err := Plan(context.Background(), parse(t, network), State{}, Facts{AccountID: "1"}, cloud)
	if err == nil || !strings.Contains(err.Error(), "aws_vpc.vpc: 2 objects") {
		t.Errorf("duplicate: got %v", err)
	}
	odd := parse(t, network)
	odd["resource"].(map[string]any)["aws_ecs_cluster"] = map[string]any{"c": map[string]any{"provider": "aws.dev", "name": "x"}}
	_, err = Plan(context.Background(), odd, State{}, Facts{}, &fakeCloud{})
	if err == nil || !strings.Contains(err.Error(), "aws_ecs_cluster.c: cannot tell") {
		t.Errorf("unclassified type: got %v", err)
	}
	if u := Unclassified(odd); fmt.Sprint(u) != "[aws_ecs_cluster]" {
		t.Errorf("Unclassified = %v", u)
	}
}

func TestParseState(t *testing.T) {
	st, err := ParseState([]byte(`{"version":4,"resources":[
	  {"mode":"data","type":"aws_partition","name":"p","instances":[{"attributes":{"partition":"aws"}}]},
	  {"mode":"managed","type":"aws_vpc","name":"vpc","instances":[{"attributes":{"id":"vpc-1"}}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(st) != 1 || st["aws_vpc.vpc"]["id"] != "vpc-1" {
		t.Errorf("state = %v", st)
	}
	if st, err := ParseState(nil); err != nil || len(st) != 0 {
		t.Errorf("empty state: %v %v", st, err)
	}
	if _, err := ParseState([]byte("{")); err == nil {
		t.Error("a broken state was read")
	}
}
