// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package cloudwatchmetricalarm

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_CloudwatchMetricAlarm) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarm) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarm) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarm) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarm) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarm) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarm) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarm) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarm) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarm) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarm) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarm) validateImportFromParameters(id *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarm) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarm) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarm) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarm) validateMoveToIdParameters(id *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarm) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchMetricAlarm) validatePutMetricQueryParameters(value interface{}) error {
	return nil
}

func validateCloudwatchMetricAlarm_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateCloudwatchMetricAlarm_IsConstructParameters(x interface{}) error {
	return nil
}

func validateCloudwatchMetricAlarm_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateCloudwatchMetricAlarm_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetActionsEnabledParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetAlarmActionsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetAlarmDescriptionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetAlarmNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetComparisonOperatorParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetDatapointsToAlarmParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetDimensionsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetEvaluateLowSampleCountPercentilesParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetEvaluationPeriodsParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetExtendedStatisticParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetInsufficientDataActionsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetMetricNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetNamespaceParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetOkActionsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetPeriodParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetStatisticParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetTagsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetTagsAllParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetThresholdParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetThresholdMetricIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetTreatMissingDataParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchMetricAlarm) validateSetUnitParameters(val *string) error {
	return nil
}

func validateNewCloudwatchMetricAlarmParameters(scope constructs.Construct, id *string, config *CloudwatchMetricAlarmConfig) error {
	return nil
}

