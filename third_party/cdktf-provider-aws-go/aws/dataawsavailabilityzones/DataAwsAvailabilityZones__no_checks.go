// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package dataawsavailabilityzones

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataAwsAvailabilityZones) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataAwsAvailabilityZones) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsAvailabilityZones) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsAvailabilityZones) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsAvailabilityZones) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsAvailabilityZones) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsAvailabilityZones) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsAvailabilityZones) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsAvailabilityZones) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsAvailabilityZones) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsAvailabilityZones) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsAvailabilityZones) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsAvailabilityZones) validatePutFilterParameters(value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataAwsAvailabilityZones) validatePutTimeoutsParameters(value *DataAwsAvailabilityZonesTimeouts) error {
	return nil
}

func validateDataAwsAvailabilityZones_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDataAwsAvailabilityZones_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDataAwsAvailabilityZones_IsTerraformDataSourceParameters(x interface{}) error {
	return nil
}

func validateDataAwsAvailabilityZones_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_DataAwsAvailabilityZones) validateSetAllAvailabilityZonesParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataAwsAvailabilityZones) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataAwsAvailabilityZones) validateSetExcludeNamesParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_DataAwsAvailabilityZones) validateSetExcludeZoneIdsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_DataAwsAvailabilityZones) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataAwsAvailabilityZones) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_DataAwsAvailabilityZones) validateSetStateParameters(val *string) error {
	return nil
}

func validateNewDataAwsAvailabilityZonesParameters(scope constructs.Construct, id *string, config *DataAwsAvailabilityZonesConfig) error {
	return nil
}

