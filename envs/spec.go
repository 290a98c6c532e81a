// Package envs loads, defaults and validates the environment specs under envs/.
//
// Every environment is one YAML file, envs/<name>.yaml. The spec is decoded
// strictly (unknown keys and wrong types are errors), laid over the defaults in
// defaults.go, and validated; every problem of every file is reported in one
// run, each naming the file, the field, the bad value and what is allowed.
// Nothing in this package touches cdktf, so a bad spec fails before synthesis
// starts.
package envs

// Application is the name of the application this estate runs. It prefixes
// every physical resource name and fills the Application tag.
const Application = "estate"

// Spec is one environment's complete, validated configuration.
type Spec struct {
	// Name is the environment name, taken from the file name (envs/<name>.yaml).
	Name string `yaml:"-"`
	// File is the path the spec was read from, for messages.
	File string `yaml:"-"`

	// Region is the AWS region the environment runs in.
	Region string `yaml:"region"`
	// ProtectData keeps data from being destroyed: deletion protection on the
	// database and table, final snapshots, retained keys and secrets, and
	// Terraform's prevent_destroy on all of them. It is the one knob for it.
	ProtectData bool `yaml:"protect_data"`

	App      App      `yaml:"app"`
	Network  Network  `yaml:"network"`
	Database Database `yaml:"database"`
	Lambda   Lambda   `yaml:"lambda"`
	DynamoDB DynamoDB `yaml:"dynamodb"`
	Bucket   Bucket   `yaml:"bucket"`
	Logs     Logs     `yaml:"logs"`
	Secrets  Secrets  `yaml:"secrets"`
	Alarms   Alarms   `yaml:"alarms"`
	KMS      KMS      `yaml:"kms"`
	Tags     Tags     `yaml:"tags"`
}

// Log levels the application accepts.
var LogLevels = []string{"debug", "info", "warn", "error"}

// App is the application's own runtime configuration, published as SSM
// parameters.
type App struct {
	LogLevel     string `yaml:"log_level"`
	APIRateLimit int    `yaml:"api_rate_limit"`
}

// NAT strategies for the private subnets' internet egress.
const (
	NATNone   = "none"   // no NAT gateway: private subnets reach AWS only through endpoints
	NATSingle = "single" // one NAT gateway shared by every AZ (cheap, one AZ is a single point of failure)
	NATPerAZ  = "per_az" // one NAT gateway per AZ (production)
)

// Network is the environment's VPC layout.
type Network struct {
	// CIDR is the VPC's IPv4 range, /16 to /24, inside RFC 1918 space.
	CIDR string `yaml:"cidr"`
	// AZCount is the number of availability zones (2 or 3).
	AZCount int `yaml:"az_count"`
	// NAT is one of none, single, per_az.
	NAT string `yaml:"nat"`
}

// Database is the Aurora PostgreSQL cluster.
type Database struct {
	EngineVersion       string `yaml:"engine_version"`
	InstanceClass       string `yaml:"instance_class"`
	InstanceCount       int    `yaml:"instance_count"`
	BackupRetentionDays int    `yaml:"backup_retention_days"`
}

// Lambda is the application function, deployed from a container image.
type Lambda struct {
	ImageURI            string `yaml:"image_uri"`
	MemoryMB            int    `yaml:"memory_mb"`
	TimeoutSeconds      int    `yaml:"timeout_seconds"`
	ReservedConcurrency int    `yaml:"reserved_concurrency"`
}

// DynamoDB billing modes, as the AWS API names them.
const (
	BillingPayPerRequest = "PAY_PER_REQUEST"
	BillingProvisioned   = "PROVISIONED"
)

// DynamoDB is the application table.
type DynamoDB struct {
	BillingMode string `yaml:"billing_mode"`
	// ReadCapacity and WriteCapacity are required with PROVISIONED and
	// forbidden with PAY_PER_REQUEST.
	ReadCapacity        int  `yaml:"read_capacity"`
	WriteCapacity       int  `yaml:"write_capacity"`
	PointInTimeRecovery bool `yaml:"point_in_time_recovery"`
	Stream              bool `yaml:"stream"`
}

// Bucket is the application's S3 bucket.
type Bucket struct {
	Versioning     bool `yaml:"versioning"`
	ExpirationDays int  `yaml:"expiration_days"`
}

// Logs sets the retention of every log group the environment owns.
type Logs struct {
	RetentionDays int `yaml:"retention_days"`
}

// Secrets configures the application secret.
type Secrets struct {
	RotationDays int `yaml:"rotation_days"`
}

// Alarms holds the CloudWatch alarm thresholds.
type Alarms struct {
	// Email, when set, subscribes that address to the alarm topic.
	Email                    string `yaml:"email"`
	LambdaErrors             int    `yaml:"lambda_errors"`
	LambdaP95DurationMS      int    `yaml:"lambda_p95_duration_ms"`
	LambdaThrottles          int    `yaml:"lambda_throttles"`
	DatabaseCPUPercent       int    `yaml:"database_cpu_percent"`
	DatabaseConnections      int    `yaml:"database_connections"`
	DatabaseFreeableMemoryMB int    `yaml:"database_freeable_memory_mb"`
	DynamoDBThrottles        int    `yaml:"dynamodb_throttles"`
	ErrorLogLines            int    `yaml:"error_log_lines"`
}

// KMS configures the environment's customer-managed key.
type KMS struct {
	DeletionWindowDays int `yaml:"deletion_window_days"`
}

// Tags are the cost-allocation tags every resource carries.
type Tags struct {
	CostCenter string `yaml:"cost_center"`
	Owner      string `yaml:"owner"`
}
