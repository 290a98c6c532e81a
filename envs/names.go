package envs

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// placeholder matches a {name} in a name template.
var placeholder = regexp.MustCompile(`\{[^{}]*\}`)

// Placeholders of a name template.
const (
	PlaceholderApplication = "{application}"
	PlaceholderEnvironment = "{environment}"
	PlaceholderAccount     = "{account}"
)

// Expand fills a name template of the spec: the application, the
// environment (with the deployment suffix, if any, after a hyphen) and the
// account id (a Terraform reference, or an example for checks).
func (s *Spec) Expand(template, suffix, account string) string {
	env := s.Name
	if suffix != "" {
		env += "-" + suffix
	}
	return strings.NewReplacer(PlaceholderApplication, s.Application, PlaceholderEnvironment, env, PlaceholderAccount, account).Replace(template)
}

// Prefix is what the names of the network's resources and the other
// resources without a template start with: <application>-<environment>.
func (s *Spec) Prefix(suffix string) string {
	return s.Expand(PlaceholderApplication+"-"+PlaceholderEnvironment, suffix, "")
}

// exampleAccount stands for the account id when names are checked: every
// account id has 12 digits.
const exampleAccount = "123456789012"

// nameRule is what AWS accepts for one kind of physical name.
type nameRule struct {
	field string // under names, or "" for the prefix
	what  string
	get   func(*Names) string
	// max is the length AWS allows; longest is what the estate adds to the
	// name in the longest name made from it (such as "-14" for a cluster's
	// fifteenth instance).
	max     int
	longest func(*Spec) string
	chars   *regexp.Regexp
	// extra checks what chars cannot say; "" if fine.
	extra func(name string) string
	// on says whether the spec builds it.
	on func(*Spec) bool
}

var (
	lambdaChars    = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)
	roleChars      = regexp.MustCompile(`^[A-Za-z0-9+=,.@_-]+$`)
	logGroupChars  = regexp.MustCompile(`^[A-Za-z0-9._/#-]+$`)
	bucketChars    = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]*[a-z0-9]$`)
	clusterChars   = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)
	tableChars     = regexp.MustCompile(`^[A-Za-z0-9_.-]+$`)
	aliasChars     = regexp.MustCompile(`^[A-Za-z0-9/_-]+$`)
	secretChars    = regexp.MustCompile(`^[A-Za-z0-9/_+=.@-]+$`)
	parameterChars = regexp.MustCompile(`^/[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$`)
	snsChars       = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)
	namespaceChars = regexp.MustCompile(`^[A-Za-z0-9._/#:-]+$`)
)

func always(*Spec) bool    { return true }
func nothing(*Spec) string { return "" }
func fixed(s string) func(*Spec) string {
	return func(*Spec) string { return s }
}

// nameRules are the checks of every physical name an environment gets.
var nameRules = []nameRule{
	{field: "table", what: "DynamoDB table name", get: func(n *Names) string { return n.Table }, max: 255, longest: nothing, chars: tableChars,
		on: func(s *Spec) bool { return s.DynamoDB.Enabled }},
	{field: "bucket", what: "S3 bucket name", get: func(n *Names) string { return n.Bucket }, max: 63, longest: nothing, chars: bucketChars,
		extra: func(name string) string {
			if strings.Contains(name, "..") || strings.HasPrefix(name, "xn--") {
				return "has two dots in a row or starts with xn--, which S3 refuses"
			}
			return ""
		},
		on: func(s *Spec) bool { return s.Bucket.Enabled }},
	{field: "key_alias", what: "KMS alias (after alias/)", get: func(n *Names) string { return n.KeyAlias }, max: 256 - len("alias/"), longest: nothing, chars: aliasChars,
		extra: func(name string) string {
			if strings.HasPrefix(name, "aws/") {
				return "starts with aws/, which KMS keeps for AWS's own keys"
			}
			return ""
		}, on: always},
	{field: "database", what: "Aurora cluster identifier", get: func(n *Names) string { return n.Database }, max: 63, chars: clusterChars,
		// The last instance is <name>-<count-1>.
		longest: func(s *Spec) string { return "-" + strconv.Itoa(s.Database.InstanceCount-1) },
		extra: func(name string) string {
			if strings.Contains(name, "--") || strings.HasSuffix(name, "-") {
				return "has two hyphens in a row or ends with one, which RDS refuses"
			}
			return ""
		},
		on: func(s *Spec) bool { return s.Database.Enabled }},
	{field: "function", what: "Lambda function name (also its role's)", get: func(n *Names) string { return n.Function }, max: 64, longest: nothing, chars: lambdaChars,
		on: func(s *Spec) bool { return s.Lambda.Enabled }},
	{field: "secret_rotation", what: "Lambda function name (also its role's)", get: func(n *Names) string { return n.SecretRotation }, max: 64, longest: nothing, chars: lambdaChars,
		on: func(s *Spec) bool { return s.Secrets.AppSecret }},
	{field: "app_secret", what: "Secrets Manager secret name", get: func(n *Names) string { return n.AppSecret }, max: 512, longest: nothing, chars: secretChars,
		on: func(s *Spec) bool { return s.Secrets.AppSecret }},
	{field: "parameter_path", what: "SSM parameter name", get: func(n *Names) string { return n.ParameterPath }, max: 1011, chars: parameterChars,
		longest: func(s *Spec) string {
			p := s.Parameters
			long := ""
			for _, n := range []string{p.TableName, p.BucketName, p.DBEndpoint, p.LogLevel, p.APIRateLimit, p.SigningKey, p.ConnectionString} {
				if len(n) > len(long) {
					long = n
				}
			}
			return "/" + long
		}, on: always},
	{field: "app_log_group", what: "CloudWatch log group name", get: func(n *Names) string { return n.AppLogGroup }, max: 512, longest: nothing, chars: logGroupChars, on: always},
	{field: "error_log_group", what: "CloudWatch log group name", get: func(n *Names) string { return n.ErrorLogGroup }, max: 512, longest: nothing, chars: logGroupChars,
		on: func(s *Spec) bool { return s.Logs.ErrorLogGroup }},
	{field: "monitoring", what: "SNS topic and CloudWatch alarm name", get: func(n *Names) string { return n.Monitoring }, max: 255, chars: snsChars,
		longest: fixed("-dynamodb-write-throttles"), on: always},
	{field: "metric_namespace", what: "CloudWatch metric namespace", get: func(n *Names) string { return n.MetricNamespace }, max: 255, longest: nothing, chars: namespaceChars,
		extra: func(name string) string {
			if strings.HasPrefix(name, "AWS/") {
				return "starts with AWS/, which CloudWatch keeps for AWS's own metrics"
			}
			return ""
		}, on: always},
	{field: "app_role", what: "IAM role name", get: func(n *Names) string { return n.AppRole }, max: 64, longest: nothing, chars: roleChars,
		on: func(s *Spec) bool { return s.Roles.AppRole }},
	{field: "admin_role", what: "IAM role name", get: func(n *Names) string { return n.AdminRole }, max: 64, longest: nothing, chars: roleChars, on: always},
	// Names the network builds from the prefix: its flow-log role.
	{what: "IAM role name (the flow-log role, <application>-<environment>-flow-logs)", max: 64, longest: fixed("-flow-logs"), chars: roleChars,
		on: func(s *Spec) bool { return s.Network.Enabled }},
}

// checkNames checks every name template of spec, and every physical name
// it gives with the deployment suffix, against what AWS accepts. It returns
// the problems of the templates, and of the suffix the one that leaves it
// least room (as a problem of the variable) and that room.
func checkNames(s *Spec, pos positions, suffix string) (problems Problems, tooLong *Problem, room int) {
	for _, r := range nameRules {
		if !r.on(s) {
			continue
		}
		field, template := "names."+r.field, PlaceholderApplication+"-"+PlaceholderEnvironment
		if r.field != "" {
			template = r.get(&s.Names)
		}
		p := Problem{File: s.File, Field: field}
		if r.field == "" {
			p.Field = "application"
		}
		if at := pos.at(p.Field); at != nil {
			p.Line, p.Column = at.Line, at.Column
		}
		if bad := unknownPlaceholders(template); bad != "" {
			p.Message = fmt.Sprintf("%q has the placeholder %s; use only %s, %s and %s", template, bad, PlaceholderApplication, PlaceholderEnvironment, PlaceholderAccount)
			problems = append(problems, p)
			continue
		}
		if !strings.Contains(template, PlaceholderEnvironment) {
			p.Message = fmt.Sprintf("%q has no %s: every environment, and every suffixed copy of one, would share the name; put %s in it", template, PlaceholderEnvironment, PlaceholderEnvironment)
			problems = append(problems, p)
			continue
		}
		if strings.Contains(template, PlaceholderAccount) && r.field != "bucket" {
			p.Message = fmt.Sprintf("%q has %s, which only names.bucket may use (bucket names are global)", template, PlaceholderAccount)
			problems = append(problems, p)
			continue
		}
		name := s.Expand(template, suffix, exampleAccount)
		if !r.chars.MatchString(name) {
			p.Message = fmt.Sprintf("%q gives %q, which is not a valid %s; check its characters", template, name, r.what)
			problems = append(problems, p)
			continue
		}
		if msg := extraCheck(r, name); msg != "" {
			p.Message = fmt.Sprintf("%q gives %q, which %s", template, name, msg)
			problems = append(problems, p)
			continue
		}
		total := len(name) + len(r.longest(s))
		if total <= r.max {
			continue
		}
		if suffix != "" && len(s.Expand(template, "", exampleAccount))+len(r.longest(s)) <= r.max {
			// The name fits without the suffix (and its hyphen).
			if fits := r.max - (total - len(suffix)); tooLong == nil || fits < room {
				tooLong, room = &Problem{File: "environment variable " + EnvSuffix, Message: fmt.Sprintf(
					"%q makes the %s %q of %s (%s) %d characters long; AWS allows %d: use a suffix of at most %d characters",
					suffix, r.what, name+r.longest(s), s.File, p.Field, total, r.max, max(fits, 0))}, fits
			}
			continue
		}
		p.Message = fmt.Sprintf("%q gives the %s %q, %d characters long; AWS allows %d: shorten the name (or the application)", template, r.what, name+r.longest(s), total, r.max)
		problems = append(problems, p)
	}
	return problems, tooLong, room
}

func extraCheck(r nameRule, name string) string {
	if r.extra == nil {
		return ""
	}
	return r.extra(name)
}

// unknownPlaceholders returns the first placeholder of template that is
// none of the three, or "".
func unknownPlaceholders(template string) string {
	for _, ph := range placeholder.FindAllString(template, -1) {
		switch ph {
		case PlaceholderApplication, PlaceholderEnvironment, PlaceholderAccount:
		default:
			return ph
		}
	}
	return ""
}
