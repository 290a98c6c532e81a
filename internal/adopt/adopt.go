// Package adopt resumes a deploy that was killed half-way: it finds in the
// cloud what the killed Terraform created but never recorded in the state,
// and imports it (Terraform import blocks), so that the next deploy
// converges instead of failing on names that exist already or creating a
// second VPC beside an orphaned one.
//
// Terraform records a resource once the provider's create returns; a kill
// between the create call and that moment (the provider waits for a NAT
// gateway, a database, a key to become ready) leaves an object no state
// knows. With S3 state it is worse: Terraform writes the state every 20
// seconds during an apply, so everything of the last 20 seconds is lost.
//
// Only the deployment's own interrupted deploy is resumed this way (the
// deploy package keeps a journal next to the state while a deploy runs):
// adopting by name on any deploy would let a second checkout take over
// another's resources.
package adopt

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
)

// Resource is one resource of a stack's configuration.
type Resource struct {
	Type, Name string
	// Provider is the provider configuration it uses: "aws" or "aws.dev".
	Provider string
	// Region is that provider configuration's region.
	Region string
	Config map[string]any
}

// Address is the resource's Terraform address.
func (r Resource) Address() string { return r.Type + "." + r.Name }

// Import adopts one object: Terraform imports ID to the address To.
type Import struct {
	To       string `json:"to"`
	ID       string `json:"id"`
	Provider string `json:"provider,omitempty"`
}

// Lookup is what finds an object in the cloud for a resource. Key holds
// what identifies it, its values resolved: for a named resource its name,
// for a tagged one its Name tag, for a child its parent's id and its own
// key (see kinds).
type Lookup struct {
	Resource
	Key map[string]string
}

// Cloud finds objects. Find returns the import id of the one object that
// matches, "" when there is none, and an error when there are several (an
// earlier interrupted deploy left a duplicate) or the cloud cannot be
// asked.
type Cloud interface {
	Find(ctx context.Context, l Lookup) (id string, err error)
}

// kind says how a resource type is found: by which attributes of its
// configuration (resolved), or that it needs no adoption (upsert: creating
// it again over an existing object is harmless).
type kind struct {
	// key maps a lookup key to the configuration attribute it comes from;
	// "tags.Name" is the Name tag.
	key    map[string]string
	upsert bool
}

func by(pairs ...string) kind {
	k := kind{key: map[string]string{}}
	for i := 0; i+1 < len(pairs); i += 2 {
		k.key[pairs[i]] = pairs[i+1]
	}
	return k
}

// Kinds classifies every resource type the estate deploys. A type that is
// not here cannot be resumed safely; Unclassified lists them (a test
// checks that a synthesized stack has none).
var kinds = map[string]kind{
	// Found by their Name tag (they have no name of their own).
	"aws_vpc":              by("name", "tags.Name"),
	"aws_subnet":           by("name", "tags.Name"),
	"aws_route_table":      by("name", "tags.Name"),
	"aws_internet_gateway": by("name", "tags.Name"),
	"aws_nat_gateway":      by("name", "tags.Name"),
	"aws_eip":              by("name", "tags.Name"),
	"aws_vpc_endpoint":     by("name", "tags.Name"),
	"aws_flow_log":         by("name", "tags.Name"),
	"aws_kms_key":          by("name", "tags.Name"),
	// Found by name.
	"aws_security_group":              by("name", "name"),
	"aws_kms_alias":                   by("name", "name"),
	"aws_cloudwatch_log_group":        by("name", "name"),
	"aws_iam_role":                    by("name", "name"),
	"aws_lambda_function":             by("name", "function_name"),
	"aws_ssm_parameter":               by("name", "name"),
	"aws_secretsmanager_secret":       by("name", "name"),
	"aws_dynamodb_table":              by("name", "name"),
	"aws_s3_bucket":                   by("name", "bucket"),
	"aws_rds_cluster":                 by("name", "cluster_identifier"),
	"aws_rds_cluster_instance":        by("name", "identifier"),
	"aws_db_parameter_group":          by("name", "name"),
	"aws_rds_cluster_parameter_group": by("name", "name"),
	"aws_db_subnet_group":             by("name", "name"),
	"aws_sns_topic":                   by("name", "name"),
	// Found within their parent.
	"aws_route":                   by("route_table", "route_table_id", "destination", "destination_cidr_block"),
	"aws_route_table_association": by("subnet", "subnet_id", "route_table", "route_table_id"),
	"aws_lambda_permission":       by("function", "function_name", "statement", "statement_id"),
	// Put over what exists: creating them again is harmless.
	"aws_iam_role_policy":                                {upsert: true},
	"aws_default_security_group":                         {upsert: true},
	"aws_s3_bucket_versioning":                           {upsert: true},
	"aws_s3_bucket_server_side_encryption_configuration": {upsert: true},
	"aws_s3_bucket_public_access_block":                  {upsert: true},
	"aws_s3_bucket_ownership_controls":                   {upsert: true},
	"aws_s3_bucket_lifecycle_configuration":              {upsert: true},
	"aws_s3_bucket_policy":                               {upsert: true},
	"aws_s3_bucket_accelerate_configuration":             {upsert: true},
	"aws_s3_bucket_notification":                         {upsert: true},
	"aws_cloudwatch_metric_alarm":                        {upsert: true},
	"aws_cloudwatch_dashboard":                           {upsert: true},
	"aws_cloudwatch_log_metric_filter":                   {upsert: true},
	"aws_sns_topic_policy":                               {upsert: true},
	"aws_sns_topic_subscription":                         {upsert: true},
	"aws_secretsmanager_secret_rotation":                 {upsert: true},
	// A new version of the secret's value, beside the lost one.
	"aws_secretsmanager_secret_version": {upsert: true},
}

// Unclassified returns the resource types of a synthesized stack that
// adoption does not know.
func Unclassified(stack map[string]any) []string {
	var out []string
	byType, _ := stack["resource"].(map[string]any)
	for typ := range byType {
		if _, ok := kinds[typ]; !ok {
			out = append(out, typ)
		}
	}
	slices.Sort(out)
	return out
}

// Resources lists a synthesized stack's resources (cdk.tf.json decoded),
// each with its provider configuration's region.
func Resources(stack map[string]any) ([]Resource, error) {
	regions := map[string]string{}
	providers, _ := stack["provider"].(map[string]any)
	for name, cfgs := range providers {
		list, _ := cfgs.([]any)
		for _, c := range list {
			cfg, _ := c.(map[string]any)
			key := name
			if alias, ok := cfg["alias"].(string); ok {
				key += "." + alias
			}
			region, _ := cfg["region"].(string)
			regions[key] = region
		}
	}
	var out []Resource
	byType, _ := stack["resource"].(map[string]any)
	for _, typ := range slices.Sorted(maps.Keys(byType)) {
		items, _ := byType[typ].(map[string]any)
		for _, name := range slices.Sorted(maps.Keys(items)) {
			cfg, _ := items[name].(map[string]any)
			provider, _ := cfg["provider"].(string)
			if provider == "" {
				provider = "aws"
			}
			region, ok := regions[provider]
			if !ok || region == "" {
				return nil, fmt.Errorf("%s.%s: provider %s has no region", typ, name, provider)
			}
			out = append(out, Resource{Type: typ, Name: name, Provider: provider, Region: region, Config: cfg})
		}
	}
	return out, nil
}

// State is what a stack's state (terraform state pull) says about its
// managed resources: their attributes, by address.
type State map[string]map[string]any

// ParseState reads the JSON of terraform state pull.
func ParseState(b []byte) (State, error) {
	st := State{}
	if len(strings.TrimSpace(string(b))) == 0 {
		return st, nil
	}
	var raw struct {
		Resources []struct {
			Mode, Type, Name string
			Instances        []struct {
				Attributes map[string]any `json:"attributes"`
			}
		}
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("reading the state: %w", err)
	}
	for _, r := range raw.Resources {
		if r.Mode != "managed" || len(r.Instances) == 0 {
			continue
		}
		st[r.Type+"."+r.Name] = r.Instances[0].Attributes
	}
	return st, nil
}

// Facts resolves what a configuration reads from data sources the state
// may not hold yet (the account id in a bucket's name).
type Facts struct {
	AccountID, Partition string
}

// Plan returns the imports that adopt, for the resources of a stack missing
// from its state, the objects the cloud has for them. Children are looked
// up after their parents, whose ids they need.
func Plan(ctx context.Context, stack map[string]any, state State, facts Facts, cloud Cloud) ([]Import, error) {
	resources, err := Resources(stack)
	if err != nil {
		return nil, err
	}
	byAddress := map[string]Resource{}
	for _, r := range resources {
		byAddress[r.Address()] = r
	}
	adopted := map[string]string{}
	var imports []Import
	// Two passes: objects first, then what lives within them.
	for _, children := range []bool{false, true} {
		for _, r := range resources {
			k, known := kinds[r.Type]
			if _, inState := state[r.Address()]; inState || r.Config["count"] != nil || r.Config["for_each"] != nil {
				continue
			}
			if !known {
				return nil, fmt.Errorf("%s: cannot tell whether an interrupted deploy created it (its type is not classified in internal/adopt)", r.Address())
			}
			if k.upsert || isChild(k) != children {
				continue
			}
			key, ok := resolveKey(r, k, state, byAddress, adopted, facts)
			if !ok {
				// What it needs was never created: neither was it.
				continue
			}
			id, err := cloud.Find(ctx, Lookup{Resource: r, Key: key})
			if err != nil {
				return nil, fmt.Errorf("%s: %w", r.Address(), err)
			}
			if id == "" {
				continue
			}
			adopted[r.Address()] = id
			imports = append(imports, Import{To: r.Address(), ID: id, Provider: r.Provider})
		}
	}
	return imports, nil
}

func isChild(k kind) bool { _, named := k.key["name"]; return !named }

var (
	reference = regexp.MustCompile(`\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.([a-z0-9_]+)\}`)
	accountID = regexp.MustCompile(`\$\{data\.aws_caller_identity\.[A-Za-z0-9_-]+\.account_id\}`)
	partition = regexp.MustCompile(`\$\{data\.aws_partition\.[A-Za-z0-9_-]+\.partition\}`)
)

// resolveKey evaluates the configuration attributes of k's key for r.
func resolveKey(r Resource, k kind, state State, byAddress map[string]Resource, adopted map[string]string, facts Facts) (map[string]string, bool) {
	key := map[string]string{}
	for name, attr := range k.key {
		var v any
		if tag, ok := strings.CutPrefix(attr, "tags."); ok {
			tags, _ := r.Config["tags"].(map[string]any)
			v = tags[tag]
		} else {
			v = r.Config[attr]
		}
		s, ok := v.(string)
		if !ok || s == "" {
			return nil, false
		}
		if s, ok = resolve(s, state, byAddress, adopted, facts); !ok {
			return nil, false
		}
		key[name] = s
	}
	return key, true
}

// resolve replaces the references in s: to the account and partition, to a
// resource's attribute in the state, to a literal attribute of a
// resource's configuration, or to the id of a resource adopted before.
func resolve(s string, state State, byAddress map[string]Resource, adopted map[string]string, facts Facts) (string, bool) {
	s = accountID.ReplaceAllLiteralString(s, facts.AccountID)
	s = partition.ReplaceAllLiteralString(s, facts.Partition)
	ok := true
	out := reference.ReplaceAllStringFunc(s, func(ref string) string {
		m := reference.FindStringSubmatch(ref)
		address, attr := m[1]+"."+m[2], m[3]
		if attrs, inState := state[address]; inState {
			if v, isString := attrs[attr].(string); isString && v != "" {
				return v
			}
		}
		if r, inConfig := byAddress[address]; inConfig {
			if v, isString := r.Config[attr].(string); isString && !strings.Contains(v, "${") {
				return v
			}
		}
		if id, found := adopted[address]; found && attr == "id" {
			return id
		}
		ok = false
		return ref
	})
	// A reference of another form (cdktf's cross-stack outputs): unknown.
	if strings.Contains(out, "${") {
		ok = false
	}
	return out, ok
}

// ImportFile is the configuration file Plan's imports go into, in the
// stack's folder beside cdk.tf.json (Terraform reads every *.tf.json).
const ImportFile = "estate-adopt.tf.json"

// ImportJSON is the content of ImportFile.
func ImportJSON(imports []Import) ([]byte, error) {
	return json.MarshalIndent(map[string]any{"import": imports}, "", "  ")
}
