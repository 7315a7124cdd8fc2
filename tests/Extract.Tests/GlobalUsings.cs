global using NUnit.Framework;
global using Extract.Tests.Support;
