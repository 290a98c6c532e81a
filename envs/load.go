package envs

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"maps"
	"net/netip"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/goccy/go-yaml/token"
)

// Project is everything synthesis needs: every environment, validated, and
// the settings that come from the process environment.
type Project struct {
	// Environments are sorted by name.
	Environments []Spec
	// Suffix, when set, goes into every physical resource name so that two
	// copies of one environment can coexist (ENVIRONMENT_SUFFIX).
	Suffix string
	// Backend is where Terraform keeps state.
	Backend Backend
	// Target is where the stacks deploy: TargetLocal (the default) or
	// TargetAWS (TARGET).
	Target string
	// AllowDestroy names the environments whose data protection is lifted,
	// so that their app stacks can be destroyed (ALLOW_DESTROY).
	AllowDestroy map[string]bool
	// Set names a spec set other than the project's own envs/ (ENVS_DIR) in
	// state paths and keys, so that two sets never share state: "" for
	// envs/, else the folder's path with - for / (examples-pulumi).
	Set string
}

// Targets.
const (
	// TargetLocal deploys to a local AWS emulator (moto): no account, no cost.
	TargetLocal = "local"
	// TargetAWS deploys to the AWS account of the normal credential chain.
	TargetAWS = "aws"
)

// Backend kinds.
const (
	BackendLocal = "local"
	BackendS3    = "s3"
	// BackendCloud is HCP Terraform or Terraform Enterprise (cdktf's
	// CloudBackend): a workspace per stack.
	BackendCloud = "cloud"
)

// Backend selects and configures Terraform state storage (STATE_* variables).
type Backend struct {
	// Kind is local (the default) or s3.
	Kind string
	// Bucket, KeyPrefix, Region and LockTable configure the s3 backend: state
	// of stack X lives at s3://Bucket/KeyPrefix/X.tfstate.
	Bucket    string
	KeyPrefix string
	Region    string
	// LockTable is an optional DynamoDB lock table; S3 lock files
	// (use_lockfile) are always on.
	LockTable string
	// Organization, WorkspacePrefix and Hostname configure the cloud
	// backend: stack X's state is in the workspace WorkspacePrefix + X of
	// Organization on Hostname (app.terraform.io by default).
	Organization, WorkspacePrefix, Hostname string
}

// EnvsDir is the folder of environment specs the process environment
// names (ENVS_DIR), envs by default.
func EnvsDir(getenv func(string) string) string {
	if dir := getenv(EnvEnvsDir); dir != "" {
		return dir
	}
	return DefaultDir
}

// EnvsDirIn is EnvsDir for a project at root: a relative folder is under
// root, an absolute one is itself.
func EnvsDirIn(root string, getenv func(string) string) string {
	dir := EnvsDir(getenv)
	if filepath.IsAbs(dir) {
		return dir
	}
	return filepath.Join(root, dir)
}

// DefaultDir holds the project's own environment specs.
const DefaultDir = "envs"

// SetName is how state paths name the spec set in dir: "" for DefaultDir,
// else the folder's path relative to the project (the working directory)
// with - for / (examples/pulumi: examples-pulumi). A folder outside the
// project is named by its last two parts and a hash of its whole path, so
// that two such folders never share state.
func SetName(dir string) string {
	if filepath.IsAbs(dir) {
		if wd, err := os.Getwd(); err == nil {
			if rel, err := filepath.Rel(wd, dir); err == nil && filepath.IsLocal(rel) {
				dir = rel
			}
		}
	}
	dir = filepath.ToSlash(filepath.Clean(dir))
	if dir == DefaultDir {
		return ""
	}
	suffix := ""
	if !filepath.IsLocal(filepath.FromSlash(dir)) {
		sum := sha256.Sum256([]byte(dir))
		parts := strings.Split(strings.Trim(dir, "/"), "/")
		dir, suffix = strings.Join(parts[max(0, len(parts)-2):], "/"), "-"+hex.EncodeToString(sum[:4])
	}
	return strings.ToLower(strings.Trim(nonAlnum.ReplaceAllString(dir, "-"), "-")) + suffix
}

var nonAlnum = regexp.MustCompile(`[^A-Za-z0-9]+`)

// Environment variables read by LoadSettings.
const (
	EnvSuffix         = "ENVIRONMENT_SUFFIX"
	EnvEnvsDir        = "ENVS_DIR"
	EnvStateBackend   = "STATE_BACKEND"
	EnvStateBucket    = "STATE_BUCKET"
	EnvStateKeyPrefix = "STATE_KEY_PREFIX"
	EnvStateRegion    = "STATE_REGION"
	EnvStateLockTable = "STATE_LOCK_TABLE"
	// The cloud backend's organization, workspace prefix and hostname.
	EnvStateOrganization    = "STATE_ORGANIZATION"
	EnvStateWorkspacePrefix = "STATE_WORKSPACE_PREFIX"
	EnvStateHostname        = "STATE_HOSTNAME"
	EnvTarget               = "TARGET"
	EnvAllowDestroy         = "ALLOW_DESTROY"
)

var (
	// Environment names become stack names (app-<name>) and part of every
	// resource name, so they are short and DNS-safe.
	envNamePattern = regexp.MustCompile(`^[a-z][a-z0-9]{1,9}$`)
	// A suffix goes into every name; how long one may be depends on the
	// names (checkNames says), up to 32 characters.
	suffixPattern = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$`)
	// S3 bucket naming rules (the general-purpose subset).
	bucketPattern    = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$`)
	keyPrefixPattern = regexp.MustCompile(`^[A-Za-z0-9!_.*'()-]+(/[A-Za-z0-9!_.*'()-]+)*$`)
	tableNamePattern = regexp.MustCompile(`^[A-Za-z0-9_.-]{3,255}$`)
	// HCP Terraform: organization names and workspace names.
	organizationPattern    = regexp.MustCompile(`^[A-Za-z0-9_-]{1,80}$`)
	workspacePrefixPattern = regexp.MustCompile(`^[A-Za-z0-9_-]{1,60}$`)
	hostnamePattern        = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$`)
)

// Load reads every environment spec in dir and the settings in the process
// environment (through getenv), and returns them validated. On any problem it
// returns Problems listing all of them, and no project.
func Load(dir string, getenv func(string) string) (*Project, error) {
	var (
		specs    []Spec
		pos      map[string]positions
		problems Problems
	)
	if named := getenv(EnvEnvsDir); named != "" && !isDir(dir) {
		// The setting is what to fix, not the project's layout.
		msg := fmt.Sprintf("%q is not a folder of environment specs", named)
		if dir != named {
			msg += " (" + dir + ")"
		}
		problems = Problems{{File: "environment variable " + EnvEnvsDir, Message: msg + "; name one, such as envs or examples/pulumi, or unset it"}}
	} else {
		specs, pos, problems = loadDir(dir)
	}
	settings, settingProblems := LoadSettings(getenv)
	if len(problems) == 0 {
		// Only when every spec loaded: a file with problems is still an environment.
		problems = append(problems, unknownEnvironments(EnvAllowDestroy, settings.AllowDestroy, specs)...)
		problems = append(problems, suffixFits(specs, pos, settings.Suffix)...)
	}
	problems = append(problems, settingProblems...)
	if len(problems) > 0 {
		return nil, problems
	}
	settings.Environments = specs
	return settings, nil
}

// isDir tells whether path is a folder.
func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// suffixFits reports a deployment suffix too long for a physical name of a
// spec: once, for the name it leaves least room in.
func suffixFits(specs []Spec, pos map[string]positions, suffix string) Problems {
	if suffix == "" {
		return nil
	}
	var tightest *Problem
	least := -1
	for i := range specs {
		_, p, room := checkNames(&specs[i], pos[specs[i].Name], suffix)
		if p != nil && (least < 0 || room < least) {
			tightest, least = p, room
		}
	}
	if tightest == nil {
		return nil
	}
	return Problems{*tightest}
}

// unknownEnvironments reports every name in names that no spec has.
func unknownEnvironments(variable string, names map[string]bool, specs []Spec) Problems {
	known := make([]string, 0, len(specs))
	has := map[string]bool{}
	for _, s := range specs {
		known = append(known, s.Name)
		has[s.Name] = true
	}
	var problems Problems
	for _, name := range slices.Sorted(maps.Keys(names)) {
		if !has[name] {
			problems = append(problems, Problem{File: "environment variable " + variable,
				Message: fmt.Sprintf("%q is not an environment; use one of %s (a file in envs/ each)", name, strings.Join(known, ", "))})
		}
	}
	return problems
}

// positions holds where each field's value stands in a spec file.
type positions map[string]*token.Position

func (p positions) at(field string) *token.Position { return p[field] }

// LoadDir reads, defaults and validates envs/<name>.yaml for every
// environment in dir. Files whose names start with "_" are not environments.
func LoadDir(dir string) ([]Spec, Problems) {
	specs, _, problems := loadDir(dir)
	return specs, problems
}

func loadDir(dir string) ([]Spec, map[string]positions, Problems) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, Problems{{File: dir, Message: fmt.Sprintf("cannot read the environment specs: %v; run from the project root, where envs/ is (or name the folder in %s)", err, EnvEnvsDir)}}
	}
	var (
		specs    []Spec
		problems Problems
		cidrs    = map[string]*token.Position{}
		ranges   []Spec // specs whose network.cidr is valid
		pos      = map[string]positions{}
	)
	for _, e := range entries {
		name := e.Name()
		file := filepath.ToSlash(filepath.Join(dir, name))
		if strings.HasPrefix(name, "_") || strings.HasPrefix(name, ".") {
			continue
		}
		ext := filepath.Ext(name)
		if e.IsDir() {
			if ext == ".yaml" || ext == ".yml" {
				problems = append(problems, Problem{File: file, Message: "is a directory; an environment spec is a file (move the directory away, or rename it to start with _)"})
			}
			continue
		}
		if e.Type()&fs.ModeSymlink != 0 && (ext == ".yaml" || ext == ".yml") {
			// A spec set is reviewed as files: a link would make a
			// change elsewhere change the estate unseen.
			problems = append(problems, Problem{File: file, Message: "is a symbolic link; copy the spec into the folder instead"})
			continue
		}
		if !e.Type().IsRegular() && (ext == ".yaml" || ext == ".yml") {
			problems = append(problems, Problem{File: file, Message: "is not a regular file; an environment spec is a file"})
			continue
		}
		if ext == ".yml" {
			problems = append(problems, Problem{File: file, Message: "environment specs end in .yaml; rename the file to " + strings.TrimSuffix(name, ext) + ".yaml"})
			continue
		}
		if ext != ".yaml" {
			continue
		}
		env := strings.TrimSuffix(name, ext)
		if !envNamePattern.MatchString(env) {
			problems = append(problems, Problem{File: file, Message: fmt.Sprintf("environment name %q is not allowed; name the file <name>.yaml with 2 to 10 lowercase letters and digits, starting with a letter", env)})
			continue
		}
		src, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			problems = append(problems, Problem{File: file, Message: fmt.Sprintf("cannot read: %v", err)})
			continue
		}
		spec, at, ps := Parse(file, src)
		spec.Name = env
		pos[env] = at
		if len(ps) == 0 {
			// Names only of a spec that is otherwise valid: the checks
			// rely on its settings.
			ps, _, _ = checkNames(&spec, at, "")
		}
		problems = append(problems, ps...)
		if len(ps) == 0 {
			specs = append(specs, spec)
		}
		// Overlaps are checked even for a file with other problems, so that
		// fixing those does not reveal new ones.
		if spec.Network.Enabled && cidrUsable(spec.Network.CIDR, ps) {
			ranges = append(ranges, spec)
			cidrs[env] = at["network.cidr"]
		}
	}
	if len(specs) == 0 && len(problems) == 0 {
		problems = append(problems, Problem{File: dir, Message: "no environment specs found; add one file per environment, for example " + dir + "/dev.yaml"})
	}
	problems = append(problems, overlappingCIDRs(ranges, cidrs)...)
	sort.Slice(specs, func(i, j int) bool { return specs[i].Name < specs[j].Name })
	if len(problems) == 0 {
		problems = append(problems, checkAllocation(dir, specs, pos)...)
	}
	return specs, pos, problems
}

// Parse decodes one environment spec over the defaults and validates it. It
// returns the spec, the position of each field's value, and every problem.
func Parse(file string, src []byte) (Spec, positions, Problems) {
	spec := Defaults()
	spec.File = file
	d := decoder{file: file, pos: map[string]*token.Position{}}
	if !d.decodeFile(src, &spec) {
		return spec, d.pos, d.problems
	}
	c := checker{file: file, pos: d.pos}
	c.validate(&spec)
	// A field that failed to decode still holds its default; what validation
	// says of it would only repeat the decoding problem, but what its rules
	// allow completes a value of the wrong type's.
	problems := d.problems
	for i, p := range problems {
		if allowed := c.allowed[p.Field]; allowed != "" && strings.HasPrefix(p.Message, "expected ") {
			problems[i].Message += "; allowed: " + allowed
		}
	}
	for _, p := range c.problems {
		if !d.failed(p.Field) {
			problems = append(problems, p)
		}
	}
	return spec, d.pos, problems
}

// cidrUsable reports whether a spec's VPC range can be compared with others.
func cidrUsable(cidr string, problems Problems) bool {
	for _, p := range problems {
		if p.Field == "network.cidr" {
			return false
		}
	}
	_, err := netip.ParsePrefix(cidr)
	return err == nil
}

// overlappingCIDRs reports every pair of environments whose VPC ranges
// overlap: they could never be peered or routed to one another.
func overlappingCIDRs(specs []Spec, pos map[string]*token.Position) Problems {
	var problems Problems
	for i := range specs {
		for j := range i {
			a, b := specs[i], specs[j]
			pa, pb := netip.MustParsePrefix(a.Network.CIDR), netip.MustParsePrefix(b.Network.CIDR)
			if !pa.Overlaps(pb) {
				continue
			}
			// Report it against the later file, pointing back at the earlier.
			later, earlier := a, b
			if later.Name < earlier.Name {
				later, earlier = b, a
			}
			p := Problem{
				File:    later.File,
				Field:   "network.cidr",
				Message: fmt.Sprintf("%s overlaps %s of %s; give every environment its own range", later.Network.CIDR, earlier.Network.CIDR, earlier.File),
			}
			if at := pos[later.Name]; at != nil {
				p.Line, p.Column = at.Line, at.Column
			}
			problems = append(problems, p)
		}
	}
	return problems
}

// LoadSettings reads the deployment suffix, the state backend, the target
// and the destroy override from the process environment.
func LoadSettings(getenv func(string) string) (*Project, Problems) {
	var problems Problems
	bad := func(variable, format string, args ...any) {
		problems = append(problems, Problem{File: "environment variable " + variable, Message: fmt.Sprintf(format, args...)})
	}
	p := &Project{Suffix: getenv(EnvSuffix), Set: SetName(EnvsDir(getenv))}
	if p.Suffix != "" && !suffixPattern.MatchString(p.Suffix) {
		bad(EnvSuffix, "%q is not allowed; use up to 32 lowercase letters, digits and inner hyphens (it goes into every resource name), or unset it", p.Suffix)
	}

	b := Backend{
		Kind:      getenv(EnvStateBackend),
		Bucket:    getenv(EnvStateBucket),
		KeyPrefix: getenv(EnvStateKeyPrefix),
		Region:    getenv(EnvStateRegion),
		LockTable: getenv(EnvStateLockTable),

		Organization:    getenv(EnvStateOrganization),
		WorkspacePrefix: getenv(EnvStateWorkspacePrefix),
		Hostname:        getenv(EnvStateHostname),
	}
	if b.Kind == "" {
		b.Kind = BackendLocal
	}
	if b.Kind != BackendCloud {
		for _, v := range []struct{ name, value string }{
			{EnvStateOrganization, b.Organization}, {EnvStateWorkspacePrefix, b.WorkspacePrefix}, {EnvStateHostname, b.Hostname},
		} {
			if v.value != "" {
				bad(v.name, "is set but %s is %s, so it would be ignored; set %s=cloud to keep state in HCP Terraform, or unset %s", EnvStateBackend, b.Kind, EnvStateBackend, v.name)
			}
		}
	}
	switch b.Kind {
	case BackendCloud:
		for _, v := range []struct{ name, value string }{
			{EnvStateBucket, b.Bucket}, {EnvStateKeyPrefix, b.KeyPrefix},
			{EnvStateRegion, b.Region}, {EnvStateLockTable, b.LockTable},
		} {
			if v.value != "" {
				bad(v.name, "is set but %s is cloud, so it would be ignored; unset %s", EnvStateBackend, v.name)
			}
		}
		if b.Organization == "" {
			bad(EnvStateOrganization, "is required with %s=cloud; set it to your HCP Terraform organization", EnvStateBackend)
		} else if !organizationPattern.MatchString(b.Organization) {
			bad(EnvStateOrganization, "%q is not an organization name; use letters, digits, _ and -", b.Organization)
		}
		if b.WorkspacePrefix == "" {
			b.WorkspacePrefix = Application + "-"
		}
		if !workspacePrefixPattern.MatchString(b.WorkspacePrefix) {
			bad(EnvStateWorkspacePrefix, "%q is not a usable workspace prefix; use up to 60 letters, digits, _ and -", b.WorkspacePrefix)
		}
		if b.Hostname != "" && !hostnamePattern.MatchString(b.Hostname) {
			bad(EnvStateHostname, "%q is not a host name; use one such as app.terraform.io or tfe.example.com", b.Hostname)
		}
	case BackendLocal:
		for _, v := range []struct{ name, value string }{
			{EnvStateBucket, b.Bucket}, {EnvStateKeyPrefix, b.KeyPrefix},
			{EnvStateRegion, b.Region}, {EnvStateLockTable, b.LockTable},
		} {
			if v.value != "" {
				bad(v.name, "is set but %s is local, so it would be ignored; set %s=s3 to keep state in S3, or unset %s", EnvStateBackend, EnvStateBackend, v.name)
			}
		}
	case BackendS3:
		if b.KeyPrefix == "" {
			b.KeyPrefix = Application
		}
		if b.Bucket == "" {
			bad(EnvStateBucket, "is required with %s=s3; set it to the name of the state bucket", EnvStateBackend)
		} else if !bucketPattern.MatchString(b.Bucket) || strings.Contains(b.Bucket, "..") {
			bad(EnvStateBucket, "%q is not a valid S3 bucket name; use 3 to 63 lowercase letters, digits, dots and hyphens", b.Bucket)
		}
		if b.Region == "" {
			bad(EnvStateRegion, "is required with %s=s3; set it to the state bucket's region, for example us-east-1", EnvStateBackend)
		} else if !regionPattern.MatchString(b.Region) {
			bad(EnvStateRegion, "%q is not an AWS region name; use one such as us-east-1", b.Region)
		}
		if !keyPrefixPattern.MatchString(b.KeyPrefix) {
			bad(EnvStateKeyPrefix, "%q is not a usable key prefix; use path segments of letters, digits and !_.*'()- separated by single slashes, without a leading or trailing slash", b.KeyPrefix)
		}
		if b.LockTable != "" && !tableNamePattern.MatchString(b.LockTable) {
			bad(EnvStateLockTable, "%q is not a valid DynamoDB table name; use 3 to 255 letters, digits, _ . and -", b.LockTable)
		}
	default:
		bad(EnvStateBackend, "%q is not a state backend; use local (the default), s3 or cloud", b.Kind)
	}
	p.Backend = b

	switch p.Target = getenv(EnvTarget); p.Target {
	case "":
		p.Target = TargetLocal
	case TargetLocal, TargetAWS:
	default:
		bad(EnvTarget, "%q is not a target; use local (the default: the local AWS emulator) or aws (the account of your AWS credentials)", p.Target)
	}

	if b.Kind == BackendCloud && p.Target != TargetAWS {
		bad(EnvStateBackend, "cloud keeps state in HCP Terraform, which the local emulator's deployments have no use for; set TARGET=aws with it, or keep local or s3 state for the emulator")
	}

	p.AllowDestroy = map[string]bool{}
	if v := getenv(EnvAllowDestroy); v != "" {
		for _, name := range strings.Split(v, ",") {
			name = strings.TrimSpace(name)
			if !envNamePattern.MatchString(name) {
				bad(EnvAllowDestroy, "%q is not an environment name; list environments separated by commas, for example ALLOW_DESTROY=prod", name)
				continue
			}
			p.AllowDestroy[name] = true
		}
	}
	return p, problems
}
