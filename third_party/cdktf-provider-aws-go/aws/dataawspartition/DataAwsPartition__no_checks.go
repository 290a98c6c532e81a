// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package dataawspartition

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataAwsPartition) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataAwsPartition) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsPartition) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsPartition) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsPartition) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsPartition) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsPartition) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsPartition) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsPartition) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsPartition) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsPartition) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsPartition) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateDataAwsPartition_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDataAwsPartition_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDataAwsPartition_IsTerraformDataSourceParameters(x interface{}) error {
	return nil
}

func validateDataAwsPartition_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_DataAwsPartition) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataAwsPartition) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataAwsPartition) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func validateNewDataAwsPartitionParameters(scope constructs.Construct, id *string, config *DataAwsPartitionConfig) error {
	return nil
}

