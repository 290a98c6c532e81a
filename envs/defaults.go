package envs

// Defaults returns the values every environment starts from before its YAML
// file is laid over them: the cheapest configuration that is still secure.
// This is the one place defaults live; an environment file names only what
// differs. Fields tagged required in spec.go have no default.
func Defaults() Spec {
	return Spec{
		ProtectData: false,
		App: App{
			LogLevel:     "info",
			APIRateLimit: 100,
		},
		Network: Network{
			AZCount: 2,
			NAT:     NATSingle,
		},
		Database: Database{
			EngineVersion:       "15.8",
			InstanceClass:       "db.t4g.medium",
			InstanceCount:       1,
			BackupRetentionDays: 7,
		},
		Lambda: Lambda{
			MemoryMB:            1024,
			TimeoutSeconds:      30,
			ReservedConcurrency: 10,
		},
		DynamoDB: DynamoDB{
			BillingMode:         BillingPayPerRequest,
			PointInTimeRecovery: false,
			Stream:              false,
		},
		Bucket: Bucket{
			Versioning:     false,
			ExpirationDays: 365,
		},
		Logs:    Logs{RetentionDays: 7},
		Secrets: Secrets{RotationDays: 30},
		Alarms: Alarms{
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
	}
}
