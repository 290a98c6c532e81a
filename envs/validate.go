package envs

import (
	"fmt"
	"net/netip"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml/token"
)

// Allowed values, each listed once so that validation and messages agree.
var (
	// LambdaMemorySizes are the memory sizes (MB) an environment may choose.
	LambdaMemorySizes = []int{128, 256, 512, 1024, 1536, 2048, 3008, 4096, 6144, 8192, 10240}
	// LogRetentionDays are the retention periods CloudWatch Logs accepts.
	LogRetentionDays = []int{1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653}
	// NATStrategies are the accepted values of network.nat.
	NATStrategies = []string{NATNone, NATSingle, NATPerAZ}
	// BillingModes are the accepted values of dynamodb.billing_mode.
	BillingModes = []string{BillingPayPerRequest, BillingProvisioned}

	privateRanges = []netip.Prefix{
		netip.MustParsePrefix("10.0.0.0/8"),
		netip.MustParsePrefix("172.16.0.0/12"),
		netip.MustParsePrefix("192.168.0.0/16"),
	}

	regionPattern        = regexp.MustCompile(`^[a-z]{2}(-gov)?-[a-z]+-[1-9]$`)
	accountPattern       = regexp.MustCompile(`^[0-9]{12}$`)
	roleARNPattern       = regexp.MustCompile(`^arn:aws(?:-cn|-us-gov)?:iam::([0-9]{12}):role/[A-Za-z0-9+=,.@_/-]{1,512}$`)
	engineVersionPattern = regexp.MustCompile(`^15\.[0-9]+$`)
	// Aurora PostgreSQL 15 instance classes: burstable t3/t4g (medium, large)
	// and memory-optimised r5/r6g/r6i/r7g/r7i/x2g.
	instanceClassPattern = regexp.MustCompile(`^db\.((t3|t4g)\.(medium|large)|(r5|r6g|r6i|r7g|r7i|x2g)\.([248]|12|16|24)?x?large)$`)
	// Lambda runs container images from ECR only, pinned by tag or digest.
	imageURIPattern = regexp.MustCompile(`^[0-9]{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com/[a-z0-9][a-z0-9._/-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}|@sha256:[a-f0-9]{64})$`)
	emailPattern    = regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[a-z]{2,}$`)
	// applicationPattern: names start with it, S3 bucket names among them.
	applicationPattern   = regexp.MustCompile(`^[a-z][a-z0-9-]{0,18}[a-z0-9]$`)
	envVarPattern        = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]{0,127}$`)
	attributePattern     = regexp.MustCompile(`^[A-Za-z0-9_.-]{1,255}$`)
	indexNamePattern     = regexp.MustCompile(`^[A-Za-z0-9_.-]{3,255}$`)
	metricNamePattern    = regexp.MustCompile(`^[A-Za-z0-9._/#-]{1,255}$`)
	parameterNamePattern = regexp.MustCompile(`^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$`)
	servicePattern       = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]{1,62}$`)
	// AWS tag values: letters, digits, spaces and _ . : / = + - @, at most 256.
	tagValuePattern = regexp.MustCompile(`^[\p{L}\p{N} _.:/=+\-@]{1,256}$`)
)

// checker validates one decoded spec, pointing each problem at the position
// the decoder recorded for the field.
type checker struct {
	file     string
	pos      map[string]*token.Position
	problems Problems
	// allowed says, by field, what the rules checked allow ("1 to 15"):
	// Parse adds it to a field's decoding problem.
	allowed map[string]string
}

// allow records what field allows.
func (c *checker) allow(field, format string, args ...any) {
	if c.allowed == nil {
		c.allowed = map[string]string{}
	}
	c.allowed[field] = fmt.Sprintf(format, args...)
}

func (c *checker) add(field, format string, args ...any) {
	p := Problem{File: c.file, Field: field, Message: fmt.Sprintf(format, args...)}
	if pos := c.pos[field]; pos != nil {
		p.Line, p.Column = pos.Line, pos.Column
	}
	c.problems = append(c.problems, p)
}

func (c *checker) required(field, value, example string) bool {
	if value == "" {
		c.add(field, "is required; set it, for example %s: %s", field[strings.LastIndex(field, ".")+1:], example)
		return false
	}
	return true
}

func (c *checker) intRange(field string, value, lo, hi int) {
	c.allow(field, "%d to %d", lo, hi)
	if value < lo || value > hi {
		c.add(field, "%d is out of range; allowed %d to %d", value, lo, hi)
	}
}

func (c *checker) atLeast(field string, value, lo int) {
	c.allow(field, "%d or more", lo)
	if value < lo {
		c.add(field, "%d is too small; it must be at least %d", value, lo)
	}
}

func (c *checker) oneOfInts(field string, value int, allowed []int) {
	c.allow(field, "one of %s", joinInts(allowed))
	if !slices.Contains(allowed, value) {
		c.add(field, "%d is not allowed; use one of %s", value, joinInts(allowed))
	}
}

func (c *checker) oneOf(field, value string, allowed []string) {
	c.allow(field, "one of %s", strings.Join(allowed, ", "))
	if !slices.Contains(allowed, value) {
		c.add(field, "%q is not allowed; use one of %s", value, strings.Join(allowed, ", "))
	}
}

func joinInts(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = strconv.Itoa(x)
	}
	return strings.Join(s, ", ")
}

// validate checks one spec on its own; cross-environment rules are in
// validateAll, names (which depend on the deployment suffix) in names.go.
func (c *checker) validate(s *Spec) {
	if c.required("region", s.Region, "us-east-1") && !regionPattern.MatchString(s.Region) {
		c.add("region", "%q is not an AWS region name; use one such as us-east-1 or eu-west-2", s.Region)
	}
	if s.AccountID != "" && !accountPattern.MatchString(s.AccountID) {
		c.add("account_id", "%q is not an AWS account id; use its 12 digits, quoted (account_id: \"123456789012\")", s.AccountID)
	}
	if s.RoleARN != "" {
		m := roleARNPattern.FindStringSubmatch(s.RoleARN)
		switch {
		case m == nil:
			c.add("role_arn", "%q is not an IAM role ARN; use one such as arn:aws:iam::123456789012:role/deploy", s.RoleARN)
		case s.AccountID != "" && m[1] != s.AccountID:
			c.add("role_arn", "%q is a role of account %s, but account_id is %s; assume a role of the environment's own account", s.RoleARN, m[1], s.AccountID)
		}
	}
	if !applicationPattern.MatchString(s.Application) {
		c.add("application", "%q is not allowed; use 2 to 20 lowercase letters, digits and inner hyphens, starting with a letter (it starts every resource name)", s.Application)
	}

	if !slices.Contains(LogLevels, strings.ToLower(s.App.LogLevel)) {
		c.add("app.log_level", "%q is not allowed; use one of %s (in any case)", s.App.LogLevel, strings.Join(LogLevels, ", "))
	}
	c.intRange("app.api_rate_limit", s.App.APIRateLimit, 1, 100000)

	// network
	n := s.Network
	if n.Enabled {
		if c.required("network.cidr", n.CIDR, "10.10.0.0/16") {
			c.validateCIDR(n.CIDR)
		}
		if n.AZCount != 2 && n.AZCount != 3 {
			c.add("network.az_count", "%d is not allowed; use 2 or 3", n.AZCount)
		}
		c.oneOf("network.nat", n.NAT, NATStrategies)
	} else if n.CIDR != "" {
		c.add("network.cidr", "is set but network.enabled is false; remove it, or enable the network")
	}
	needsNetwork := func(field, what string, on bool) {
		if on && !n.Enabled {
			c.add(field, "is true but network.enabled is false: %s runs in the environment's VPC; enable the network, or set %s: false", what, field[strings.LastIndex(field, ".")+1:])
		}
	}

	// database
	db := s.Database
	needsNetwork("database.enabled", "the database", db.Enabled)
	if !engineVersionPattern.MatchString(db.EngineVersion) {
		c.add("database.engine_version", "%q is not an Aurora PostgreSQL 15 version; use 15.<minor>, for example 15.8", db.EngineVersion)
	}
	if !instanceClassPattern.MatchString(db.InstanceClass) {
		c.add("database.instance_class", "%q is not an Aurora PostgreSQL instance class; use db.t4g.medium, db.t4g.large or a memory-optimised class such as db.r6g.large", db.InstanceClass)
	}
	c.intRange("database.instance_count", db.InstanceCount, 1, 15)
	c.intRange("database.backup_retention_days", db.BackupRetentionDays, 1, 35)
	c.oneOf("database.log_statement", db.LogStatement, LogStatements)
	c.intRange("database.slow_statement_ms", db.SlowStatementMS, -1, 3600000)
	if db.CredentialsRotationDays != 0 {
		c.intRange("database.credentials_rotation_days", db.CredentialsRotationDays, 1, 1000)
	}

	// lambda: its image also runs the application secret's rotation.
	l := s.Lambda
	needsNetwork("lambda.enabled", "the function", l.Enabled)
	if l.Enabled || s.Secrets.AppSecret {
		if c.required("lambda.image_uri", l.ImageURI, "123456789012.dkr.ecr.us-east-1.amazonaws.com/estate-api:1.0.0") && !imageURIPattern.MatchString(l.ImageURI) {
			c.add("lambda.image_uri", "%q is not an ECR image URI pinned by tag or digest; use <account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag>", l.ImageURI)
		}
	}
	c.oneOfInts("lambda.memory_mb", l.MemoryMB, LambdaMemorySizes)
	c.intRange("lambda.timeout_seconds", l.TimeoutSeconds, 1, 900)
	c.intRange("lambda.reserved_concurrency", l.ReservedConcurrency, 1, 1000)
	if !envVarPattern.MatchString(l.EnvironmentVariable) || strings.HasPrefix(l.EnvironmentVariable, "AWS_") {
		c.add("lambda.environment_variable", "%q is not a variable a function may set; use letters, digits and _, starting with a letter, not AWS_", l.EnvironmentVariable)
	}

	// dynamodb
	t := s.DynamoDB
	c.oneOf("dynamodb.billing_mode", t.BillingMode, BillingModes)
	switch t.BillingMode {
	case BillingProvisioned:
		c.intRange("dynamodb.read_capacity", t.ReadCapacity, 1, 40000)
		c.intRange("dynamodb.write_capacity", t.WriteCapacity, 1, 40000)
		for field, v := range map[string]int{"dynamodb.index_read_capacity": t.IndexReadCapacity, "dynamodb.index_write_capacity": t.IndexWriteCapacity} {
			if v != 0 {
				c.intRange(field, v, 1, 40000)
			}
		}
	case BillingPayPerRequest:
		for field, v := range map[string]int{
			"dynamodb.read_capacity": t.ReadCapacity, "dynamodb.write_capacity": t.WriteCapacity,
			"dynamodb.index_read_capacity": t.IndexReadCapacity, "dynamodb.index_write_capacity": t.IndexWriteCapacity,
		} {
			if v != 0 {
				c.add(field, "is set to %d but billing_mode is PAY_PER_REQUEST; remove it, or set billing_mode: PROVISIONED", v)
			}
		}
	}
	c.oneOf("dynamodb.table_class", t.TableClass, TableClasses)
	c.attribute("dynamodb.partition_key", t.PartitionKey, true)
	c.attribute("dynamodb.sort_key", t.SortKey, false)
	c.attribute("dynamodb.ttl_attribute", t.TTLAttribute, false)
	if t.Index != "" {
		if !indexNamePattern.MatchString(t.Index) {
			c.add("dynamodb.index", "%q is not a DynamoDB index name; use 3 to 255 letters, digits, _ . and -", t.Index)
		}
		c.attribute("dynamodb.index_partition_key", t.IndexPartitionKey, true)
		c.attribute("dynamodb.index_sort_key", t.IndexSortKey, false)
	} else if t.IndexPartitionKey != "" || t.IndexSortKey != "" || t.IndexReadCapacity != 0 || t.IndexWriteCapacity != 0 {
		c.add("dynamodb.index", "is empty (no index) but the index's keys or capacity are set; name the index, or remove them")
	}

	// bucket
	c.intRange("bucket.expiration_days", s.Bucket.ExpirationDays, 1, 3650)
	if s.Bucket.TransferAcceleration && strings.Contains(s.Names.Bucket, ".") {
		c.add("bucket.transfer_acceleration", "is true but names.bucket %q has dots, which S3 Transfer Acceleration refuses; rename the bucket, or turn acceleration off", s.Names.Bucket)
	}

	// logs
	c.oneOfInts("logs.retention_days", s.Logs.RetentionDays, LogRetentionDays)
	c.oneOfInts("logs.error_retention_days", s.Logs.ErrorRetentionDays, LogRetentionDays)
	if strings.TrimSpace(s.Logs.ErrorPattern) == "" || len(s.Logs.ErrorPattern) > 1024 {
		c.add("logs.error_pattern", "%q is not a metric filter pattern; use one of 1 to 1024 characters, such as ERROR", s.Logs.ErrorPattern)
	}
	if !metricNamePattern.MatchString(s.Logs.ErrorMetric) {
		c.add("logs.error_metric", "%q is not a CloudWatch metric name; use 1 to 255 letters, digits and . _ - / #", s.Logs.ErrorMetric)
	}

	// secrets
	needsNetwork("secrets.app_secret", "the application secret's rotation function", s.Secrets.AppSecret)
	c.intRange("secrets.rotation_days", s.Secrets.RotationDays, 1, 365)

	// parameters: names, and what each publishes exists.
	p := s.Parameters
	seen := map[string]string{}
	for _, prm := range []struct {
		field, name string
		needs       bool
		component   string
	}{
		{"parameters.table_name", p.TableName, t.Enabled, "dynamodb.enabled"},
		{"parameters.bucket_name", p.BucketName, s.Bucket.Enabled, "bucket.enabled"},
		{"parameters.db_endpoint", p.DBEndpoint, db.Enabled, "database.enabled"},
		{"parameters.log_level", p.LogLevel, true, ""},
		{"parameters.api_rate_limit", p.APIRateLimit, true, ""},
		{"parameters.session_signing_key", p.SigningKey, true, ""},
		{"parameters.connection_string", p.ConnectionString, t.Enabled, "dynamodb.enabled"},
	} {
		switch {
		case prm.name == "":
		case !parameterNamePattern.MatchString(prm.name):
			c.add(prm.field, "%q is not a parameter name; use letters, digits and _ . - separated by single slashes, without a leading slash (it is relative to names.parameter_path), or \"\" to publish none", prm.name)
		case !prm.needs:
			c.add(prm.field, "names a parameter of what %s: false turns off; set it to \"\", or turn that on", prm.component)
		case seen[prm.name] != "":
			c.add(prm.field, "%q is also the name of %s; give every parameter its own", prm.name, seen[prm.name])
		default:
			seen[prm.name] = prm.field
		}
	}
	if len(p.Description) > 1024 {
		c.add("parameters.description", "is %d characters long; SSM allows 1024", len(p.Description))
	}

	// roles
	r := s.Roles
	if !servicePattern.MatchString(r.AppRoleService) {
		c.add("roles.app_role_service", "%q is not an AWS service name; use one such as ec2 or ecs-tasks (it becomes <service>.amazonaws.com)", r.AppRoleService)
	}
	c.intRange("roles.app_role_session_hours", r.AppRoleSessionHours, 1, 12)
	if r.AdminSessionHours != 0 {
		c.intRange("roles.admin_session_hours", r.AdminSessionHours, 1, 12)
	}

	c.intRange("kms.deletion_window_days", s.KMS.DeletionWindowDays, 7, 30)

	// alarms
	a := s.Alarms
	if a.Email != "" && !emailPattern.MatchString(a.Email) {
		c.add("alarms.email", "%q is not an email address; use one such as oncall@example.com, or remove the key", a.Email)
	}
	c.atLeast("alarms.lambda_errors", a.LambdaErrors, 1)
	c.intRange("alarms.lambda_p95_duration_ms", a.LambdaP95DurationMS, 1, l.TimeoutSeconds*1000)
	c.atLeast("alarms.lambda_throttles", a.LambdaThrottles, 1)
	c.intRange("alarms.database_cpu_percent", a.DatabaseCPUPercent, 1, 100)
	c.atLeast("alarms.database_connections", a.DatabaseConnections, 1)
	c.atLeast("alarms.database_freeable_memory_mb", a.DatabaseFreeableMemoryMB, 1)
	c.atLeast("alarms.dynamodb_throttles", a.DynamoDBThrottles, 1)
	c.atLeast("alarms.error_log_lines", a.ErrorLogLines, 1)

	// tags
	for field, v := range map[string]string{"tags.cost_center": s.Tags.CostCenter, "tags.owner": s.Tags.Owner} {
		if c.required(field, v, "platform-team") {
			c.tagValue(field, v)
		}
	}
	for field, v := range map[string]string{"tags.application": s.Tags.Application, "tags.repository": s.Tags.Repository, "tags.author": s.Tags.Author} {
		if v != "" {
			c.tagValue(field, v)
		}
	}

	// Protected data must actually be protected.
	if s.ProtectData && db.BackupRetentionDays < 7 {
		c.add("database.backup_retention_days", "%d is too short for protected data; keep at least 7 days, or set protect_data: false", db.BackupRetentionDays)
	}
}

func (c *checker) tagValue(field, v string) {
	if !tagValuePattern.MatchString(v) {
		c.add(field, "%q is not a valid AWS tag value; use at most 256 letters, digits, spaces and _ . : / = + - @", v)
	}
}

// attribute checks the name of a DynamoDB key attribute (required or not).
func (c *checker) attribute(field, name string, required bool) {
	switch {
	case name == "" && required:
		c.add(field, "is required; name the key attribute, for example %s: id", field[strings.LastIndex(field, ".")+1:])
	case name != "" && !attributePattern.MatchString(name):
		c.add(field, "%q is not a DynamoDB attribute name; use 1 to 255 letters, digits, _ . and -", name)
	}
}

func (c *checker) validateCIDR(s string) {
	p, err := netip.ParsePrefix(s)
	switch {
	case err != nil || !p.Addr().Is4():
		c.add("network.cidr", "%q is not an IPv4 CIDR block; use one such as 10.10.0.0/16", s)
	case p.Masked() != p:
		c.add("network.cidr", "%q has host bits set; use the network address %s", s, p.Masked())
	case p.Bits() < 16 || p.Bits() > 24:
		c.add("network.cidr", "%q has prefix length /%d; allowed /16 to /24 (AWS VPC limits, room for 9 subnets)", s, p.Bits())
	case !slices.ContainsFunc(privateRanges, func(r netip.Prefix) bool { return r.Contains(p.Addr()) }):
		c.add("network.cidr", "%q is not private address space; use a range inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16", s)
	}
}
