// Package envs loads, defaults and validates the environment specs under envs/.
//
// Every environment is one YAML file, envs/<name>.yaml. The spec is decoded
// strictly (unknown keys and wrong types are errors), laid over the defaults in
// defaults.go, and validated; every problem of every file is reported in one
// run, each naming the file, the field, the bad value and what is allowed.
// Nothing in this package touches cdktf, so a bad spec fails before synthesis
// starts.
package envs

// Application is the default name of the application an environment runs
// (the spec's application): it starts every physical resource name and
// fills the Application tag.
const Application = "estate"

// Spec is one environment's complete, validated configuration.
type Spec struct {
	// Name is the environment name, taken from the file name (envs/<name>.yaml).
	Name string `yaml:"-"`
	// File is the path the spec was read from, for messages.
	File string `yaml:"-"`

	// Region is the AWS region the environment runs in.
	Region string `yaml:"region"`
	// AccountID is the AWS account the environment lives in (12 digits),
	// optional: its providers then refuse every other account
	// (allowed_account_ids), and names that hold the account use it.
	AccountID string `yaml:"account_id"`
	// RoleARN is an IAM role the environment's providers assume, optional:
	// credentials of a central account deploy into the environment's own.
	RoleARN string `yaml:"role_arn"`
	// Application names the application: the {application} of Names.
	Application string `yaml:"application"`
	// ProtectData keeps data from being destroyed: deletion protection on the
	// database and table, final snapshots, retained keys and secrets, and
	// Terraform's prevent_destroy on all of them. It is the one knob for it.
	ProtectData bool `yaml:"protect_data"`

	App        App        `yaml:"app"`
	Network    Network    `yaml:"network"`
	Database   Database   `yaml:"database"`
	Lambda     Lambda     `yaml:"lambda"`
	DynamoDB   DynamoDB   `yaml:"dynamodb"`
	Bucket     Bucket     `yaml:"bucket"`
	Logs       Logs       `yaml:"logs"`
	Secrets    Secrets    `yaml:"secrets"`
	Parameters Parameters `yaml:"parameters"`
	Roles      Roles      `yaml:"roles"`
	Alarms     Alarms     `yaml:"alarms"`
	KMS        KMS        `yaml:"kms"`
	Tags       Tags       `yaml:"tags"`
	Names      Names      `yaml:"names"`
}

// Log levels the application accepts, in any case (published as written).
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
	// Enabled builds the environment's VPC in the network stack. Without
	// it the environment has no database and no function (they run in it).
	Enabled bool `yaml:"enabled"`
	// CIDR is the VPC's IPv4 range, /16 to /24, inside RFC 1918 space.
	CIDR string `yaml:"cidr"`
	// AZCount is the number of availability zones (2 or 3).
	AZCount int `yaml:"az_count"`
	// NAT is one of none, single, per_az.
	NAT string `yaml:"nat"`
}

// Log statement settings of PostgreSQL (log_statement).
var LogStatements = []string{"none", "ddl", "mod", "all"}

// Database is the Aurora PostgreSQL cluster.
type Database struct {
	Enabled             bool   `yaml:"enabled"`
	EngineVersion       string `yaml:"engine_version"`
	InstanceClass       string `yaml:"instance_class"`
	InstanceCount       int    `yaml:"instance_count"`
	BackupRetentionDays int    `yaml:"backup_retention_days"`
	// LogStatement is PostgreSQL's log_statement: none, ddl, mod or all.
	LogStatement string `yaml:"log_statement"`
	// SlowStatementMS logs statements slower than this (log_min_duration_statement).
	SlowStatementMS int `yaml:"slow_statement_ms"`
	// CredentialsRotationDays rotates the master credentials (the secret
	// RDS manages) every so many days; 0 keeps RDS's default (7 days).
	CredentialsRotationDays int `yaml:"credentials_rotation_days"`
}

// Lambda is the application function, deployed from a container image.
type Lambda struct {
	Enabled             bool   `yaml:"enabled"`
	ImageURI            string `yaml:"image_uri"`
	MemoryMB            int    `yaml:"memory_mb"`
	TimeoutSeconds      int    `yaml:"timeout_seconds"`
	ReservedConcurrency int    `yaml:"reserved_concurrency"`
	// EnvironmentVariable names the function's variable holding the
	// environment's name.
	EnvironmentVariable string `yaml:"environment_variable"`
}

// DynamoDB billing modes and table classes, as the AWS API names them.
const (
	BillingPayPerRequest = "PAY_PER_REQUEST"
	BillingProvisioned   = "PROVISIONED"
)

// TableClasses are the accepted values of dynamodb.table_class.
var TableClasses = []string{"STANDARD", "STANDARD_INFREQUENT_ACCESS"}

// DynamoDB is the application table.
type DynamoDB struct {
	Enabled     bool   `yaml:"enabled"`
	BillingMode string `yaml:"billing_mode"`
	// ReadCapacity and WriteCapacity are required with PROVISIONED and
	// forbidden with PAY_PER_REQUEST.
	ReadCapacity        int    `yaml:"read_capacity"`
	WriteCapacity       int    `yaml:"write_capacity"`
	PointInTimeRecovery bool   `yaml:"point_in_time_recovery"`
	Stream              bool   `yaml:"stream"`
	TableClass          string `yaml:"table_class"`
	// PartitionKey and SortKey (empty: none) are the table's key
	// attributes, strings.
	PartitionKey string `yaml:"partition_key"`
	SortKey      string `yaml:"sort_key"`
	// Index is the one global secondary index (empty: none), with its key
	// attributes (strings) and, with PROVISIONED, its own capacity (0: the
	// table's).
	Index              string `yaml:"index"`
	IndexPartitionKey  string `yaml:"index_partition_key"`
	IndexSortKey       string `yaml:"index_sort_key"`
	IndexReadCapacity  int    `yaml:"index_read_capacity"`
	IndexWriteCapacity int    `yaml:"index_write_capacity"`
	// TTLAttribute holds the epoch second an item expires at (empty: no TTL).
	TTLAttribute string `yaml:"ttl_attribute"`
}

// Bucket is the application's S3 bucket.
type Bucket struct {
	Enabled        bool `yaml:"enabled"`
	Versioning     bool `yaml:"versioning"`
	ExpirationDays int  `yaml:"expiration_days"`
	// TransferAcceleration turns on S3 Transfer Acceleration.
	TransferAcceleration bool `yaml:"transfer_acceleration"`
	// NotifyObjectCreated sends the bucket's events (object created among
	// them) to Amazon EventBridge.
	NotifyObjectCreated bool `yaml:"notify_object_created"`
	// RequireKMSHeader grants writes only to requests that ask for SSE-KMS
	// (s3:x-amz-server-side-encryption = aws:kms).
	RequireKMSHeader bool `yaml:"require_kms_header"`
}

// Logs sets the retention of every log group the environment owns, and
// the application's error logging.
type Logs struct {
	RetentionDays int `yaml:"retention_days"`
	// ErrorPattern is the metric filter pattern of an error line of the
	// application log; each counts 1 in ErrorMetric (in Names.MetricNamespace).
	ErrorPattern string `yaml:"error_pattern"`
	ErrorMetric  string `yaml:"error_metric"`
	// ErrorLogGroup adds a log group for the application's errors
	// (Names.ErrorLogGroup), kept ErrorRetentionDays.
	ErrorLogGroup      bool `yaml:"error_log_group"`
	ErrorRetentionDays int  `yaml:"error_retention_days"`
}

// Secrets configures the application secret.
type Secrets struct {
	// AppSecret adds the application secret, rotated every RotationDays.
	AppSecret    bool `yaml:"app_secret"`
	RotationDays int  `yaml:"rotation_days"`
}

// Parameters name the SSM parameters the environment publishes, relative
// to Names.ParameterPath; an empty name publishes nothing.
type Parameters struct {
	TableName    string `yaml:"table_name"`
	BucketName   string `yaml:"bucket_name"`
	DBEndpoint   string `yaml:"db_endpoint"`
	LogLevel     string `yaml:"log_level"`
	APIRateLimit string `yaml:"api_rate_limit"`
	SigningKey   string `yaml:"session_signing_key"`
	// ConnectionString is a SecureString naming the table (dynamodb://<table>).
	ConnectionString string `yaml:"connection_string"`
	// Description describes each parameter (empty: none).
	Description string `yaml:"description"`
}

// Roles configures the environment's roles besides the function's.
type Roles struct {
	// AppRole adds a role for the application on AWS compute other than the
	// function (assumed by the service AppRoleService, such as ec2), granted
	// what the function is, for sessions of at most AppRoleSessionHours.
	AppRole             bool   `yaml:"app_role"`
	AppRoleService      string `yaml:"app_role_service"`
	AppRoleSessionHours int    `yaml:"app_role_session_hours"`
	// AdminSessionHours bounds an administrator's session (1 to 12).
	AdminSessionHours int `yaml:"admin_session_hours"`
}

// Alarms holds the CloudWatch alarm thresholds.
type Alarms struct {
	// Enabled adds the alarm topic and the alarms.
	Enabled bool `yaml:"enabled"`
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

// Tags are the tags every resource carries besides Environment and
// ManagedBy.
type Tags struct {
	// Application is the Application tag (empty: the application's name).
	Application string `yaml:"application"`
	CostCenter  string `yaml:"cost_center"`
	Owner       string `yaml:"owner"`
	// Repository and Author, when set, are tagged too.
	Repository string `yaml:"repository"`
	Author     string `yaml:"author"`
}

// Names are the physical names of the environment's resources, as
// templates: {application} is the application, {environment} the
// environment's name (and the deployment suffix after a hyphen, when one is
// set), {account} the AWS account id.
type Names struct {
	Table           string `yaml:"table"`
	Bucket          string `yaml:"bucket"`
	KeyAlias        string `yaml:"key_alias"`
	Database        string `yaml:"database"`
	Function        string `yaml:"function"`
	SecretRotation  string `yaml:"secret_rotation"`
	AppSecret       string `yaml:"app_secret"`
	ParameterPath   string `yaml:"parameter_path"`
	AppLogGroup     string `yaml:"app_log_group"`
	ErrorLogGroup   string `yaml:"error_log_group"`
	Monitoring      string `yaml:"monitoring"`
	MetricNamespace string `yaml:"metric_namespace"`
	AppRole         string `yaml:"app_role"`
	AdminRole       string `yaml:"admin_role"`
}
