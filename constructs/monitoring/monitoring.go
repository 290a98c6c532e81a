// Package monitoring is the environment's alarm topic (encrypted, TLS only),
// the alarms on the function, database and table with thresholds from the
// spec, the application log group with an ERROR metric filter, and a
// CloudWatch dashboard.
package monitoring

import (
	"encoding/json"
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchdashboard"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchloggroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchlogmetricfilter"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchmetricalarm"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/snstopic"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/snstopicpolicy"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/snstopicsubscription"

	"github.com/platform/estate/constructs/security"
	"github.com/platform/estate/envs"
)

// Alarm evaluation: five-minute periods; missing data (no traffic) is fine.
const (
	Period           = 300
	TreatMissingData = "notBreaching"
	// ErrorMetric counts ERROR lines of the application log.
	ErrorMetric = "ErrorLogLines"
)

// Config configures monitoring.
type Config struct {
	Env    *security.Env
	KeyARN *string
	Spec   envs.Alarms
	// LogRetentionDays is the application log group's retention.
	LogRetentionDays int
	// What is watched.
	FunctionName      *string
	ClusterIdentifier string
	TableName         *string
}

// Output is the monitoring.
type Output struct {
	TopicARN *string
	// AppLogGroupName and AppLogGroupARN are the application log group.
	AppLogGroupName *string
	AppLogGroupARN  *string
	DashboardName   *string
	// Namespace holds the environment's custom metrics.
	Namespace string
}

// alarm is one metric alarm.
type alarm struct {
	id, description     string
	namespace, metric   string
	statistic, extended string
	dimensions          map[string]*string
	comparison          string
	threshold           float64
	evaluationPeriods   int
}

// New creates the monitoring of one environment.
func New(scope constructs.Construct, id string, cfg Config) (*Output, error) {
	env, a := cfg.Env, cfg.Spec
	scope = constructs.NewConstruct(scope, jsii.String(id))
	out := &Output{Namespace: "Estate/" + env.Namer.Prefix()}

	topic := snstopic.NewSnsTopic(scope, jsii.String("topic"), &snstopic.SnsTopicConfig{
		Provider:       env.Provider,
		Name:           jsii.String(env.Namer.Name("alarms")),
		KmsMasterKeyId: cfg.KeyARN,
	})
	topicARN := topic.Arn()
	out.TopicARN = topicARN
	policy := security.PolicyDocument(scope, "topic-policy-document", env, security.Statement{
		Sid:        "CloudWatchAlarmsPublish",
		Actions:    []string{"sns:Publish"},
		Resources:  []*string{topicARN},
		Principals: []security.Principal{{Type: "Service", Identifiers: []*string{security.ServicePrincipal("cloudwatch")}}},
		Conditions: []security.Condition{{Test: "StringEquals", Variable: "aws:SourceAccount", Values: []*string{env.AccountID}}},
	}, security.DenyInsecureTransport([]string{"sns:Publish", "sns:Subscribe"}, topicARN))
	snstopicpolicy.NewSnsTopicPolicy(scope, jsii.String("topic-policy"), &snstopicpolicy.SnsTopicPolicyConfig{
		Provider: env.Provider,
		Arn:      topicARN,
		Policy:   policy.Json(),
	})
	if a.Email != "" {
		snstopicsubscription.NewSnsTopicSubscription(scope, jsii.String("email"), &snstopicsubscription.SnsTopicSubscriptionConfig{
			Provider: env.Provider,
			TopicArn: topicARN,
			Protocol: jsii.String("email"),
			Endpoint: jsii.String(a.Email),
		})
	}

	logGroup := cloudwatchloggroup.NewCloudwatchLogGroup(scope, jsii.String("app-log"), &cloudwatchloggroup.CloudwatchLogGroupConfig{
		Provider:        env.Provider,
		Name:            jsii.String(env.Namer.Path() + "/application"),
		RetentionInDays: jsii.Number(float64(cfg.LogRetentionDays)),
		KmsKeyId:        cfg.KeyARN,
	})
	out.AppLogGroupName, out.AppLogGroupARN = logGroup.Name(), logGroup.Arn()
	cloudwatchlogmetricfilter.NewCloudwatchLogMetricFilter(scope, jsii.String("error-lines"), &cloudwatchlogmetricfilter.CloudwatchLogMetricFilterConfig{
		Provider:     env.Provider,
		Name:         jsii.String(env.Namer.Name("error-lines")),
		LogGroupName: out.AppLogGroupName,
		Pattern:      jsii.String("ERROR"),
		MetricTransformation: &cloudwatchlogmetricfilter.CloudwatchLogMetricFilterMetricTransformation{
			Name:         jsii.String(ErrorMetric),
			Namespace:    jsii.String(out.Namespace),
			Value:        jsii.String("1"),
			DefaultValue: jsii.String("0"),
		},
	})

	fn := map[string]*string{"FunctionName": cfg.FunctionName}
	db := map[string]*string{"DBClusterIdentifier": jsii.String(cfg.ClusterIdentifier)}
	table := map[string]*string{"TableName": cfg.TableName}
	const ge, gt, lt = "GreaterThanOrEqualToThreshold", "GreaterThanThreshold", "LessThanThreshold"
	alarms := []alarm{
		{"lambda-errors", "Lambda errors", "AWS/Lambda", "Errors", "Sum", "", fn, ge, float64(a.LambdaErrors), 1},
		{"lambda-duration-p95", "Lambda p95 duration (ms)", "AWS/Lambda", "Duration", "", "p95", fn, gt, float64(a.LambdaP95DurationMS), 3},
		{"lambda-throttles", "Lambda throttles", "AWS/Lambda", "Throttles", "Sum", "", fn, ge, float64(a.LambdaThrottles), 1},
		{"db-cpu", "Aurora CPU (%)", "AWS/RDS", "CPUUtilization", "Average", "", db, gt, float64(a.DatabaseCPUPercent), 3},
		{"db-connections", "Aurora connections", "AWS/RDS", "DatabaseConnections", "Average", "", db, gt, float64(a.DatabaseConnections), 3},
		{"db-freeable-memory", "Aurora freeable memory (bytes)", "AWS/RDS", "FreeableMemory", "Average", "", db, lt, float64(a.DatabaseFreeableMemoryMB) * 1024 * 1024, 3},
		{"dynamodb-read-throttles", "DynamoDB read throttle events", "AWS/DynamoDB", "ReadThrottleEvents", "Sum", "", table, ge, float64(a.DynamoDBThrottles), 1},
		{"dynamodb-write-throttles", "DynamoDB write throttle events", "AWS/DynamoDB", "WriteThrottleEvents", "Sum", "", table, ge, float64(a.DynamoDBThrottles), 1},
		{"error-log-lines", "ERROR lines in the application log", out.Namespace, ErrorMetric, "Sum", "", nil, ge, float64(a.ErrorLogLines), 1},
	}
	actions := &[]*string{topicARN}
	for _, al := range alarms {
		ac := &cloudwatchmetricalarm.CloudwatchMetricAlarmConfig{
			Provider:           env.Provider,
			AlarmName:          jsii.String(env.Namer.Name(al.id)),
			AlarmDescription:   jsii.String(fmt.Sprintf("%s of %s: %s %g", al.description, env.Namer.Prefix(), al.comparison, al.threshold)),
			Namespace:          jsii.String(al.namespace),
			MetricName:         jsii.String(al.metric),
			ComparisonOperator: jsii.String(al.comparison),
			Threshold:          jsii.Number(al.threshold),
			Period:             jsii.Number(Period),
			EvaluationPeriods:  jsii.Number(float64(al.evaluationPeriods)),
			TreatMissingData:   jsii.String(TreatMissingData),
			AlarmActions:       actions,
			OkActions:          actions,
		}
		if al.statistic != "" {
			ac.Statistic = jsii.String(al.statistic)
		} else {
			ac.ExtendedStatistic = jsii.String(al.extended)
		}
		if al.dimensions != nil {
			ac.Dimensions = &al.dimensions
		}
		cloudwatchmetricalarm.NewCloudwatchMetricAlarm(scope, jsii.String(al.id), ac)
	}

	body, err := dashboard(env.Spec.Region, out.Namespace, cfg)
	if err != nil {
		return nil, err
	}
	d := cloudwatchdashboard.NewCloudwatchDashboard(scope, jsii.String("dashboard"), &cloudwatchdashboard.CloudwatchDashboardConfig{
		Provider:      env.Provider,
		DashboardName: jsii.String(env.Namer.Prefix()),
		DashboardBody: jsii.String(body),
	})
	out.DashboardName = d.DashboardName()
	return out, nil
}

// widget is one metric graph of the dashboard.
type widget struct {
	Type       string         `json:"type"`
	X          int            `json:"x"`
	Y          int            `json:"y"`
	Width      int            `json:"width"`
	Height     int            `json:"height"`
	Properties map[string]any `json:"properties"`
}

// dashboard renders the dashboard body: one row of graphs per component.
// Tokens (function and table names) stay in the JSON string; Terraform
// interpolates them.
func dashboard(region, namespace string, cfg Config) (string, error) {
	graph := func(i int, title string, metrics ...[]any) widget {
		return widget{
			Type: "metric", X: (i % 3) * 8, Y: (i / 3) * 6, Width: 8, Height: 6,
			Properties: map[string]any{"title": title, "region": region, "view": "timeSeries", "period": Period, "metrics": metrics},
		}
	}
	fn, table, db := *cfg.FunctionName, *cfg.TableName, cfg.ClusterIdentifier
	widgets := []widget{
		graph(0, "Lambda invocations and errors", []any{"AWS/Lambda", "Invocations", "FunctionName", fn, map[string]any{"stat": "Sum"}}, []any{"AWS/Lambda", "Errors", "FunctionName", fn, map[string]any{"stat": "Sum"}}),
		graph(1, "Lambda duration p95 (ms)", []any{"AWS/Lambda", "Duration", "FunctionName", fn, map[string]any{"stat": "p95"}}),
		graph(2, "Lambda throttles", []any{"AWS/Lambda", "Throttles", "FunctionName", fn, map[string]any{"stat": "Sum"}}),
		graph(3, "Aurora CPU and connections", []any{"AWS/RDS", "CPUUtilization", "DBClusterIdentifier", db}, []any{"AWS/RDS", "DatabaseConnections", "DBClusterIdentifier", db, map[string]any{"yAxis": "right"}}),
		graph(4, "DynamoDB throttle events", []any{"AWS/DynamoDB", "ReadThrottleEvents", "TableName", table, map[string]any{"stat": "Sum"}}, []any{"AWS/DynamoDB", "WriteThrottleEvents", "TableName", table, map[string]any{"stat": "Sum"}}),
		graph(5, "ERROR lines in the application log", []any{namespace, ErrorMetric, map[string]any{"stat": "Sum"}}),
	}
	b, err := json.Marshal(map[string]any{"widgets": widgets})
	return string(b), err
}
