package envs

// Defaults returns the values every environment starts from before its YAML
// file is laid over them: the cheapest configuration that is still secure.
// This is the one place defaults live; an environment file names only what
// differs. Fields tagged required in spec.go have no default.
func Defaults() Spec {
	return Spec{
		Application: Application,
		ProtectData: false,
		App: App{
			LogLevel:     "info",
			APIRateLimit: 100,
		},
		Network: Network{
			Enabled: true,
			AZCount: 2,
			NAT:     NATSingle,
		},
		Database: Database{
			Enabled:             true,
			EngineVersion:       "15.8",
			InstanceClass:       "db.t4g.medium",
			InstanceCount:       1,
			BackupRetentionDays: 7,
			// Statement logging records values: off unless a spec asks.
			LogStatement:    "none",
			SlowStatementMS: 1000,
		},
		Lambda: Lambda{
			Enabled:             true,
			MemoryMB:            1024,
			TimeoutSeconds:      30,
			ReservedConcurrency: 10,
			EnvironmentVariable: "ENVIRONMENT",
		},
		DynamoDB: DynamoDB{
			Enabled:             true,
			BillingMode:         BillingPayPerRequest,
			PointInTimeRecovery: false,
			Stream:              false,
			TableClass:          "STANDARD",
			PartitionKey:        "pk",
			SortKey:             "sk",
			Index:               "gsi1",
			IndexPartitionKey:   "gsi1pk",
			IndexSortKey:        "gsi1sk",
			TTLAttribute:        "expires_at",
		},
		Bucket: Bucket{
			Enabled:        true,
			Versioning:     false,
			ExpirationDays: 365,
		},
		Logs: Logs{
			RetentionDays:      7,
			ErrorPattern:       "ERROR",
			ErrorMetric:        "ErrorLogLines",
			ErrorRetentionDays: 30,
		},
		Secrets: Secrets{AppSecret: true, RotationDays: 30},
		Parameters: Parameters{
			TableName:    "table-name",
			BucketName:   "bucket-name",
			DBEndpoint:   "db-endpoint",
			LogLevel:     "log-level",
			APIRateLimit: "api-rate-limit",
			SigningKey:   "session-signing-key",
		},
		Roles: Roles{AppRoleService: "ec2", AppRoleSessionHours: 1},
		Alarms: Alarms{
			Enabled:                  true,
			LambdaErrors:             5,
			LambdaP95DurationMS:      5000,
			LambdaThrottles:          1,
			DatabaseCPUPercent:       80,
			DatabaseConnections:      200,
			DatabaseFreeableMemoryMB: 256,
			DynamoDBThrottles:        1,
			ErrorLogLines:            10,
		},
		KMS: KMS{DeletionWindowDays: 7},
		Names: Names{
			Table:           "{application}-{environment}-items",
			Bucket:          "{application}-{environment}-data-{account}",
			KeyAlias:        "{application}-{environment}",
			Database:        "{application}-{environment}-db",
			Function:        "{application}-{environment}-api",
			SecretRotation:  "{application}-{environment}-secret-rotation",
			AppSecret:       "{application}/{environment}/app",
			ParameterPath:   "/{application}/{environment}",
			AppLogGroup:     "/{application}/{environment}/application",
			ErrorLogGroup:   "/{application}/{environment}/errors",
			Monitoring:      "{application}-{environment}",
			MetricNamespace: "Estate/{application}-{environment}",
			AppRole:         "{application}-{environment}-app",
			AdminRole:       "{application}-{environment}-admin",
		},
	}
}
